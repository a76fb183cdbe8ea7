package cn.tianshan.deadline;

import cn.tianshan.calendar.Deadline;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * One clock: a start, a length in working days, approved extensions, pauses, and the due date they make, stored
 * with the calendar's explanation. Only {@link Deadlines} changes it, under the row lock of the case it belongs to.
 */
@Entity
@Table(name = "deadline_clock")
public class DeadlineClock {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String subjectType;
    private long subjectId;
    private String purpose;
    private String label;
    private String unitCode;
    private LocalDate startsOn;
    private int workingDays;
    private int extensionDays;
    private String extensionReason;
    private int pausedDays;
    private LocalDate pausedSince;
    private String pauseReason;
    private LocalDate dueOn;
    private String explanation;
    private boolean provisional;
    private LocalDate stoppedOn;

    protected DeadlineClock() {
    }

    static DeadlineClock start(String subjectType, long subjectId, String purpose, String label, String unitCode,
                               LocalDate startsOn, int workingDays) {
        DeadlineClock c = new DeadlineClock();
        c.subjectType = subjectType;
        c.subjectId = subjectId;
        c.purpose = purpose;
        c.label = label;
        c.unitCode = unitCode;
        c.startsOn = startsOn;
        c.workingDays = workingDays;
        return c;
    }

    /** Working days the due date lies after the start: length, extensions and finished pauses. */
    int totalDays() {
        return workingDays + extensionDays + pausedDays;
    }

    void due(Deadline deadline, String explanation) {
        this.dueOn = deadline.due();
        this.provisional = deadline.provisional() || !deadline.yearsWithoutSchedule().isEmpty();
        this.explanation = explanation.length() > 2000 ? explanation.substring(0, 1999) + "…" : explanation;
    }

    void extend(int days, String reason) {
        extensionDays += days;
        extensionReason = reason;
    }

    void pause(LocalDate on, String reason) {
        pausedSince = on;
        pauseReason = reason;
    }

    void resume(int workingDaysPaused) {
        pausedDays += workingDaysPaused;
        pausedSince = null;
        pauseReason = null;
    }

    void restart(LocalDate on) {
        startsOn = on;
        extensionDays = 0;
        extensionReason = null;
        pausedDays = 0;
        pausedSince = null;
        pauseReason = null;
        stoppedOn = null;
    }

    void stop(LocalDate on) {
        stoppedOn = on;
        pausedSince = null;
        pauseReason = null;
    }

    void handledBy(String unitCode) {
        this.unitCode = unitCode;
    }

    public Long id() {
        return id;
    }

    public String subjectType() {
        return subjectType;
    }

    public long subjectId() {
        return subjectId;
    }

    public String purpose() {
        return purpose;
    }

    public String label() {
        return label;
    }

    public String unitCode() {
        return unitCode;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public int workingDays() {
        return workingDays;
    }

    public int extensionDays() {
        return extensionDays;
    }

    public String extensionReason() {
        return extensionReason;
    }

    public int pausedDays() {
        return pausedDays;
    }

    public LocalDate pausedSince() {
        return pausedSince;
    }

    public String pauseReason() {
        return pauseReason;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public String explanation() {
        return explanation;
    }

    public boolean provisional() {
        return provisional;
    }

    public LocalDate stoppedOn() {
        return stoppedOn;
    }
}
