package cn.tianshan.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A message to one person: what happened, where to look, and whether they have read it. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String recipient;
    private String kind;
    private String title;
    private String body;
    private String link;
    private LocalDateTime createdAt;
    private LocalDateTime readAt;

    protected Notification() {
    }

    static Notification of(String recipient, String kind, String title, String body, String link, LocalDateTime at) {
        Notification n = new Notification();
        n.recipient = recipient;
        n.kind = kind;
        n.title = title;
        n.body = body;
        n.link = link;
        n.createdAt = at;
        return n;
    }

    void read(LocalDateTime at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public String kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public String link() {
        return link;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public LocalDateTime readAt() {
        return readAt;
    }
}
