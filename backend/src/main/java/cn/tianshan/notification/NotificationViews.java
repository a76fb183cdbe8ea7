package cn.tianshan.notification;

import java.time.LocalDateTime;
import java.util.List;

public final class NotificationViews {

    private NotificationViews() {
    }

    public record NotificationView(long id, String kind, String title, String body, String link, LocalDateTime createdAt,
                                   LocalDateTime readAt) {
        static NotificationView of(Notification n) {
            return new NotificationView(n.id(), n.kind(), n.title(), n.body(), n.link(), n.createdAt(), n.readAt());
        }
    }

    public record NotificationPage(List<NotificationView> notifications, long unread, long total, int page, int size) {
    }

    public record UnreadCount(long unread) {
    }
}
