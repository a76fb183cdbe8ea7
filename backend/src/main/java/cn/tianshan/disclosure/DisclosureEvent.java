package cn.tianshan.disclosure;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One step of a request's handling, archived with it; the applicant sees those marked {@code shownToApplicant}. */
@Entity
@Table(name = "disclosure_event")
public class DisclosureEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long requestId;
    private String event;
    private String note;
    private String actorName;
    private boolean shownToApplicant;
    private LocalDateTime occurredAt;

    protected DisclosureEvent() {
    }

    static DisclosureEvent of(long requestId, String event, String note, String actorName, boolean shown, LocalDateTime at) {
        DisclosureEvent e = new DisclosureEvent();
        e.requestId = requestId;
        e.event = event;
        e.note = note.length() > 2000 ? note.substring(0, 1999) + "…" : note;
        e.actorName = actorName;
        e.shownToApplicant = shown;
        e.occurredAt = at;
        return e;
    }

    public long requestId() { return requestId; }
    public String event() { return event; }
    public String note() { return note; }
    public String actorName() { return actorName; }
    public boolean shownToApplicant() { return shownToApplicant; }
    public LocalDateTime occurredAt() { return occurredAt; }
}
