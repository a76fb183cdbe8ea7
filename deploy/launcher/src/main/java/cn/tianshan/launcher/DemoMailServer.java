package cn.tianshan.launcher;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * An SMTP server on loopback for the demo (GreenMail): the backend's outbox delivers reminders and notices to it,
 * so 邮件记录 in the admin console shows them sent. Production names its own server with TIANSHAN_MAIL_HOST.
 */
final class DemoMailServer implements Stack.Stoppable {

    private final GreenMail server;

    private DemoMailServer(GreenMail server) {
        this.server = server;
    }

    static DemoMailServer start(int port) {
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return new DemoMailServer(server);
    }

    @Override
    public String name() {
        return "demo mail server";
    }

    @Override
    public void stop() {
        server.stop();
    }
}
