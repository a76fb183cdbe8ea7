package cn.tianshan.notification;

import cn.tianshan.common.time.Timestamps;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Delivers the outbox over SMTP (quarkus-mailer). Each message is claimed with {@code FOR UPDATE SKIP LOCKED}
 * and marked in the same transaction, so two nodes never send one message twice; a failure is retried later.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);
    private static final int MAX_ATTEMPTS = 8;

    private final EntityManager em;
    private final Mailer mailer;
    private final Clock clock;
    private final String siteName;

    MailSender(EntityManager em, Mailer mailer, Clock clock, @ConfigProperty(name = "tianshan.site.name") String siteName) {
        this.em = em;
        this.mailer = mailer;
        this.clock = clock;
        this.siteName = siteName;
    }

    @Scheduled(every = "${tianshan.mail.send-every:10s}", delayed = "${tianshan.mail.send-delay:15s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        sendPending(200);
    }

    /** Sends up to {@code limit} due messages; returns how many were sent. */
    public int sendPending(int limit) {
        int sent = 0;
        for (int i = 0; i < limit; i++) {
            Boolean outcome = sendOne();
            if (outcome == null) {
                break;
            }
            sent += outcome ? 1 : 0;
        }
        return sent;
    }

    /** True sent, false failed, null when nothing was due. */
    @Transactional
    Boolean sendOne() {
        List<?> ids = em.createNativeQuery("SELECT id FROM mail_outbox WHERE status = 'PENDING' AND next_attempt_at <= ?1 "
                        + "ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED")
                .setParameter(1, Timestamps.now(clock)).getResultList();
        if (ids.isEmpty()) {
            return null;
        }
        MailMessage message = em.find(MailMessage.class, ((Number) ids.get(0)).longValue());
        try {
            mailer.send(Mail.withText(message.recipient(), message.subject(),
                    message.recipientName() + "，您好：\n\n" + message.body() + "\n\n——" + siteName + " 网站管理系统（请勿直接回复此邮件）"));
            message.sent(Timestamps.now(clock));
            return true;
        } catch (RuntimeException e) {
            LOG.warnf("Mail %d to %s not sent: %s", message.id(), message.recipient(), e.getMessage());
            message.failed(e.getMessage(), Timestamps.now(clock), MAX_ATTEMPTS);
            return false;
        }
    }
}
