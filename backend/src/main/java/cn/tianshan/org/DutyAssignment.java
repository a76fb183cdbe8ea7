package cn.tianshan.org;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** Which unit held a duty from when to when; the open one ({@code validTo} null) is the current holder. */
@Entity
@Table(name = "org_duty_assignment")
public class DutyAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String dutyCode;
    private String unitCode;
    private LocalDateTime validFrom;
    private LocalDateTime validTo;
    private String assignedBy;
    private String reason;

    protected DutyAssignment() {
    }

    static DutyAssignment open(String dutyCode, String unitCode, LocalDateTime from, String by, String reason) {
        DutyAssignment assignment = new DutyAssignment();
        assignment.dutyCode = dutyCode;
        assignment.unitCode = unitCode;
        assignment.validFrom = from;
        assignment.assignedBy = by;
        assignment.reason = reason;
        return assignment;
    }

    void close(LocalDateTime at) {
        if (validTo != null) {
            throw new IllegalStateException("assignment " + id + " is already closed");
        }
        validTo = at;
    }

    public Long id() {
        return id;
    }

    public String dutyCode() {
        return dutyCode;
    }

    public String unitCode() {
        return unitCode;
    }

    public LocalDateTime validFrom() {
        return validFrom;
    }

    public LocalDateTime validTo() {
        return validTo;
    }

    public String assignedBy() {
        return assignedBy;
    }

    public String reason() {
        return reason;
    }
}
