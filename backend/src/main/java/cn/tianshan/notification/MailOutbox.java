package cn.tianshan.notification;

import cn.tianshan.common.security.CurrentUser;
import cn.tianshan.common.security.Role;
import cn.tianshan.common.time.Timestamps;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * E-mail goes out through this outbox: {@link #enqueue} writes it in the caller's transaction (so nothing is mailed
 * about work that rolled back) and {@link MailSender} delivers it. Staff read what was sent to them, and the site
 * office and technical department read all of it, on the admin console's 邮件记录 page.
 */
@ApplicationScoped
public class MailOutbox {

    public record MailView(long id, String recipient, String recipientName, String kind, String subject, String body,
                           MailMessage.Status status, String statusLabel, int attempts, LocalDateTime createdAt,
                           LocalDateTime sentAt, String lastError) {
        static MailView of(MailMessage m) {
            String label = switch (m.status()) {
                case PENDING -> "待发送";
                case SENT -> "已发送";
                case FAILED -> "发送失败";
            };
            return new MailView(m.id(), m.recipient(), m.recipientName(), m.kind(), m.subject(), m.body(), m.status(), label,
                    m.attempts(), m.createdAt(), m.sentAt(), m.lastError());
        }
    }

    public record MailPage(List<MailView> mails, long total, boolean all) {
    }

    @ApplicationScoped
    static class MailRepository implements PanacheRepositoryBase<MailMessage, Long> {
    }

    private final MailRepository mails;
    private final CurrentUser user;
    private final Clock clock;

    MailOutbox(MailRepository mails, CurrentUser user, Clock clock) {
        this.mails = mails;
        this.user = user;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String address, String name, String username, String kind, String subject, String body) {
        mails.persist(MailMessage.of(address, name == null ? address : name, username, kind, subject, body,
                Timestamps.now(clock)));
    }

    public MailPage list(int page, int size) {
        boolean all = user.has(Role.SITE_OFFICE) || user.has(Role.TECH_OPS) || user.has(Role.SYS_ADMIN);
        var query = all ? mails.findAll(Sort.descending("id")) : mails.find("recipientUsername", Sort.descending("id"), user.username());
        return new MailPage(query.page(page, size).list().stream().map(MailView::of).toList(), query.count(), all);
    }
}
