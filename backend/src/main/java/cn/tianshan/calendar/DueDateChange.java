package cn.tianshan.calendar;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One move of a stored due date: from what to what, why, by whom. Written once, never changed. */
@Entity
@Table(name = "due_date_change")
public class DueDateChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String subjectType;
    private long subjectId;
    private LocalDate previousDue;
    private LocalDate newDue;
    private String explanation;
    private String reason;
    private LocalDateTime changedAt;
    private String changedBy;
    private String changedByName;

    protected DueDateChange() {
    }

    static DueDateChange of(String subjectType, long subjectId, LocalDate previous, LocalDate next, String explanation,
                            String reason, String by, String byName, LocalDateTime at) {
        DueDateChange change = new DueDateChange();
        change.subjectType = subjectType;
        change.subjectId = subjectId;
        change.previousDue = previous;
        change.newDue = next;
        change.explanation = explanation;
        change.reason = reason;
        change.changedBy = by;
        change.changedByName = byName;
        change.changedAt = at;
        return change;
    }

    public LocalDate previousDue() {
        return previousDue;
    }

    public LocalDate newDue() {
        return newDue;
    }

    public String explanation() {
        return explanation;
    }

    public String reason() {
        return reason;
    }

    public LocalDateTime changedAt() {
        return changedAt;
    }

    public String changedByName() {
        return changedByName;
    }
}
