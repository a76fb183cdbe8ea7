package cn.tianshan.notification;

import cn.tianshan.audit.AuditTrail;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.security.CurrentUser;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.notification.NotificationViews.NotificationPage;
import cn.tianshan.notification.NotificationViews.NotificationView;
import cn.tianshan.org.People;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;

/**
 * The one notification service: tells people what happened to their work (an article returned with the reason,
 * published, a due date moved). Written in the transaction of what it reports, so nobody is told of something
 * that did not happen.
 */
@ApplicationScoped
public class Notifications {

    private final NotificationRepository notifications;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final MailOutbox mail;
    private final People people;
    private final Clock clock;

    Notifications(NotificationRepository notifications, CurrentUser user, AuditTrail audit, MailOutbox mail, People people,
                  Clock clock) {
        this.notifications = notifications;
        this.mail = mail;
        this.people = people;
        this.user = user;
        this.audit = audit;
        this.clock = clock;
    }

    /** One message to each recipient (each told once, however often named); nobody is told of their own action. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void send(Collection<String> recipients, String kind, String title, String body, String link) {
        String actor = user.authenticated() ? user.username() : null;
        new LinkedHashSet<>(recipients).stream().filter(Objects::nonNull).filter(r -> !r.equals(actor))
                .forEach(r -> notifications.persist(Notification.of(r, kind, cut(title, 200), cut(body, 1000), link,
                        Timestamps.now(clock))));
    }

    /** As {@link #send}, and by e-mail to each recipient whose account has an address: for what must not wait. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sendAlsoByEmail(Collection<String> recipients, String kind, String title, String body, String link) {
        send(recipients, kind, title, body, link);
        String actor = user.authenticated() ? user.username() : null;
        new LinkedHashSet<>(recipients).stream().filter(Objects::nonNull).filter(r -> !r.equals(actor))
                .map(people::find).flatMap(java.util.Optional::stream).filter(p -> p.email() != null && !p.email().isBlank())
                .forEach(p -> mail.enqueue(p.email(), p.name(), p.username(), kind, cut(title, 200),
                        body + (link == null ? "" : "\n\n在管理控制台查看：" + link)));
    }

    public NotificationPage mine(boolean unreadOnly, int page, int size) {
        String me = user.username();
        return new NotificationPage(notifications.of(me, unreadOnly, page, size).stream().map(NotificationView::of).toList(),
                notifications.count(me, true), notifications.count(me, unreadOnly), page, size);
    }

    public long unread() {
        return notifications.count(user.username(), true);
    }

    @Transactional
    public NotificationView markRead(long id) {
        Notification notification = notifications.findByIdOptional(id).filter(n -> n.recipient().equals(user.username()))
                .orElseThrow(() -> ProblemException.notFound("通知", id));
        notification.read(Timestamps.now(clock));
        audit.target("notification", id);
        return NotificationView.of(notification);
    }

    @Transactional
    public int markAllRead() {
        audit.target("notification", "all");
        return notifications.readAll(user.username(), Timestamps.now(clock));
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
