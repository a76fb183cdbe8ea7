package cn.tianshan.notification;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDateTime;
import java.util.List;

@ApplicationScoped
class NotificationRepository implements PanacheRepositoryBase<Notification, Long> {

    List<Notification> of(String recipient, boolean unreadOnly, int page, int size) {
        return find(unreadOnly ? "recipient = ?1 and readAt is null" : "recipient = ?1", Sort.descending("id"), recipient)
                .page(page, size).list();
    }

    long count(String recipient, boolean unreadOnly) {
        return count(unreadOnly ? "recipient = ?1 and readAt is null" : "recipient = ?1", recipient);
    }

    int readAll(String recipient, LocalDateTime at) {
        return update("readAt = ?1 where recipient = ?2 and readAt is null", at, recipient);
    }
}
