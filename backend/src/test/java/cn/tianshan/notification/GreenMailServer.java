package cn.tianshan.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * A real mail server (GreenMail) on free loopback ports, for the whole test run: the mailer sends to its SMTP port,
 * tests read what arrived over IMAP (a protocol, not a static field: Quarkus may restart the application in another
 * class loader). GreenMail creates a mailbox per recipient, its password the address itself.
 */
public class GreenMailServer implements QuarkusTestResourceLifecycleManager {

    private GreenMail smtp;

    @Override
    public Map<String, String> start() {
        int smtpPort = freePort();
        int imapPort = freePort();
        smtp = new GreenMail(new ServerSetup[] {new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        smtp.start();
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(smtpPort),
                "quarkus.mailer.start-tls", "DISABLED", "tianshan.test.imap-port", String.valueOf(imapPort));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (smtp != null) {
            smtp.stop();
        }
    }
}
