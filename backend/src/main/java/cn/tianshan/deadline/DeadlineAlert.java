package cn.tianshan.deadline;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A reminder or one rung of the escalation ladder, sent once per clock, rung and due date. */
@Entity
@Table(name = "deadline_alert")
public class DeadlineAlert {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long clockId;
    private int rung;
    private LocalDate dueOn;
    private LocalDateTime sentAt;
    private String recipients;
    private String note;

    protected DeadlineAlert() {
    }

    static DeadlineAlert of(long clockId, Rung rung, LocalDate dueOn, LocalDateTime sentAt, String recipients, String note) {
        DeadlineAlert a = new DeadlineAlert();
        a.clockId = clockId;
        a.rung = rung.ordinal();
        a.dueOn = dueOn;
        a.sentAt = sentAt;
        a.recipients = recipients.length() > 500 ? recipients.substring(0, 499) + "…" : recipients;
        a.note = note.length() > 500 ? note.substring(0, 499) + "…" : note;
        return a;
    }

    public long clockId() {
        return clockId;
    }

    public Rung rung() {
        return Rung.values()[rung];
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public LocalDateTime sentAt() {
        return sentAt;
    }

    public String recipients() {
        return recipients;
    }

    public String note() {
        return note;
    }
}
