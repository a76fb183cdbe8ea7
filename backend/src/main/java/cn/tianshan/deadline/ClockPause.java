package cn.tianshan.deadline;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A stretch of time that does not count: waiting for the writer's clarification, consulting a third party. */
@Entity
@Table(name = "deadline_pause")
public class ClockPause {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long clockId;
    private String reason;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private Integer workingDays;
    private String pausedByName;

    protected ClockPause() {
    }

    static ClockPause of(long clockId, String reason, LocalDate startsOn, String pausedByName) {
        ClockPause p = new ClockPause();
        p.clockId = clockId;
        p.reason = reason;
        p.startsOn = startsOn;
        p.pausedByName = pausedByName;
        return p;
    }

    void end(LocalDate on, int workingDays) {
        this.endsOn = on;
        this.workingDays = workingDays;
    }

    public long clockId() {
        return clockId;
    }

    public String reason() {
        return reason;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public Integer workingDays() {
        return workingDays;
    }

    public String pausedByName() {
        return pausedByName;
    }
}
