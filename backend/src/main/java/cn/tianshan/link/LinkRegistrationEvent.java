package cn.tianshan.link;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One line of a registration's 办理情况: revoked, expired, reminded, found unreachable. */
@Entity
@Table(name = "link_registration_event")
public class LinkRegistrationEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long registrationId;
    private String event;
    private String note;
    private String actorName;
    private LocalDateTime occurredAt;

    protected LinkRegistrationEvent() {
    }

    static LinkRegistrationEvent of(long registrationId, String event, String note, String actorName, LocalDateTime at) {
        LinkRegistrationEvent e = new LinkRegistrationEvent();
        e.registrationId = registrationId;
        e.event = event;
        e.note = note;
        e.actorName = actorName;
        e.occurredAt = at;
        return e;
    }

    public String event() {
        return event;
    }

    public String note() {
        return note;
    }

    public String actorName() {
        return actorName;
    }

    public LocalDateTime occurredAt() {
        return occurredAt;
    }
}
