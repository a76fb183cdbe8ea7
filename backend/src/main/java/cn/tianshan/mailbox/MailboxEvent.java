package cn.tianshan.mailbox;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One step of a letter's handling; the writer sees those marked {@code shownToWriter}. */
@Entity
@Table(name = "mailbox_event")
public class MailboxEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long messageId;
    private String event;
    private String note;
    private String actorName;
    private boolean shownToWriter;
    private LocalDateTime occurredAt;

    protected MailboxEvent() {
    }

    static MailboxEvent of(long messageId, String event, String note, String actorName, boolean shownToWriter, LocalDateTime at) {
        MailboxEvent e = new MailboxEvent();
        e.messageId = messageId;
        e.event = event;
        e.note = note.length() > 2000 ? note.substring(0, 1999) + "…" : note;
        e.actorName = actorName;
        e.shownToWriter = shownToWriter;
        e.occurredAt = at;
        return e;
    }

    public long messageId() { return messageId; }
    public String event() { return event; }
    public String note() { return note; }
    public String actorName() { return actorName; }
    public boolean shownToWriter() { return shownToWriter; }
    public LocalDateTime occurredAt() { return occurredAt; }
}
