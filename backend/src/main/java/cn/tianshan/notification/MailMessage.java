package cn.tianshan.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One e-mail in the outbox: written with what it reports, sent afterwards by {@link MailSender}. */
@Entity
@Table(name = "mail_outbox")
public class MailMessage {

    public enum Status { PENDING, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String recipient;
    private String recipientName;
    private String recipientUsername;
    private String kind;
    private String subject;
    private String body;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Status status;
    private int attempts;
    private LocalDateTime createdAt;
    private LocalDateTime nextAttemptAt;
    private LocalDateTime sentAt;
    private String lastError;

    protected MailMessage() {
    }

    static MailMessage of(String recipient, String recipientName, String recipientUsername, String kind, String subject,
                          String body, LocalDateTime at) {
        MailMessage m = new MailMessage();
        m.recipient = recipient;
        m.recipientName = recipientName;
        m.recipientUsername = recipientUsername;
        m.kind = kind;
        m.subject = subject;
        m.body = body;
        m.status = Status.PENDING;
        m.createdAt = at;
        m.nextAttemptAt = at;
        return m;
    }

    void sent(LocalDateTime at) {
        status = Status.SENT;
        attempts++;
        sentAt = at;
        lastError = null;
    }

    /** A failed attempt: tried again later, with growing pauses, and given up after {@code maxAttempts}. */
    void failed(String error, LocalDateTime at, int maxAttempts) {
        attempts++;
        lastError = error == null ? "未知错误" : error.length() > 500 ? error.substring(0, 499) : error;
        if (attempts >= maxAttempts) {
            status = Status.FAILED;
        } else {
            nextAttemptAt = at.plusMinutes(1L << Math.min(attempts, 6));
        }
    }

    public Long id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public String recipientName() {
        return recipientName;
    }

    public String recipientUsername() {
        return recipientUsername;
    }

    public String kind() {
        return kind;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public Status status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public LocalDateTime sentAt() {
        return sentAt;
    }

    public String lastError() {
        return lastError;
    }
}
