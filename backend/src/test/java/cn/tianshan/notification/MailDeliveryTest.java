package cn.tianshan.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.tianshan.testing.DemoUsers;
import cn.tianshan.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A notification that must not wait goes out by e-mail through a real SMTP server, once, after its transaction. */
@QuarkusTest
@QuarkusTestResource(GreenMailServer.class)
class MailDeliveryTest {

    @Inject
    Notifications notifications;
    @Inject
    MailSender sender;
    @ConfigProperty(name = "tianshan.test.imap-port")
    int imapPort;

    /** The subjects and bodies in an address's mailbox, read over IMAP. */
    private List<String[]> inbox(String address) throws Exception {
        java.util.Properties props = new java.util.Properties();
        Session session = Session.getInstance(props);
        try (Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", imapPort, address, address);
            Folder folder = store.getFolder("INBOX");
            folder.open(Folder.READ_ONLY);
            List<String[]> found = new java.util.ArrayList<>();
            for (Message m : folder.getMessages()) {
                found.add(new String[] {m.getSubject(), String.valueOf(m.getContent()), m.getAllRecipients()[0].toString()});
            }
            folder.close(false);
            return found;
        }
    }

    @Test
    void theOutboxDeliversOverSmtpOnceAndShowsTheMailToItsRecipient() throws Exception {
        String title = "邮件送达测试 " + System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> notifications.sendAlsoByEmail(List.of(DemoUsers.MAILBOX_HANDLER), "test.mail",
                title, "请尽快办理。", "/admin/deadlines"));
        // a rolled-back transaction sends nothing
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                notifications.sendAlsoByEmail(List.of(DemoUsers.MAILBOX_HANDLER), "test.mail", title + "（回滚）", "不应发出", null);
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // the work failed: no mail for it
        }
        while (sender.sendPending(500) > 0) {
            // every pending message of the run, ours among them
        }
        List<String[]> received = inbox("zheng.hao@jtyst.example.gov.cn").stream().filter(m -> m[0].startsWith(title)).toList();
        assertThat(received).hasSize(1);
        assertThat(received.get(0)[0]).isEqualTo(title);
        assertThat(received.get(0)[2]).isEqualTo("zheng.hao@jtyst.example.gov.cn");
        assertThat(received.get(0)[1]).contains("郑浩，您好").contains("请尽快办理").contains("/admin/deadlines");
        given().auth().oauth2(Tokens.of(DemoUsers.MAILBOX_HANDLER)).get("/api/mail-outbox?size=100").then().statusCode(200)
                .body("mails.find { it.subject == '" + title + "' }.status", org.hamcrest.Matchers.equalTo("SENT"))
                .body("all", org.hamcrest.Matchers.equalTo(false));
        given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_DEPARTMENT)).get("/api/mail-outbox?size=100").then().statusCode(200)
                .body("mails.subject", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(title)));
    }
}
