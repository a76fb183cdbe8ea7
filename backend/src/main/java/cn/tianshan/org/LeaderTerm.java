package cn.tianshan.org;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * From {@code validFrom} on, {@code leaderUsername} is the leader in charge (厅分管领导) of the unit: Annex 3's
 * third opinion and Annex 5's leader opinion for that unit are theirs. Never changed once written; a change of
 * leader is a new term.
 */
@Entity
@Table(name = "org_leader_term")
public class LeaderTerm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String unitCode;
    private String leaderUsername;
    private String leaderName;
    private LocalDate validFrom;
    private String reason;
    private String assignedBy;
    private String assignedByName;
    private LocalDateTime assignedAt;

    protected LeaderTerm() {
    }

    static LeaderTerm of(String unitCode, Person leader, LocalDate from, String reason, String by, String byName,
                         LocalDateTime at) {
        LeaderTerm term = new LeaderTerm();
        term.unitCode = unitCode;
        term.leaderUsername = leader.username();
        term.leaderName = leader.name();
        term.validFrom = from;
        term.reason = reason;
        term.assignedBy = by;
        term.assignedByName = byName;
        term.assignedAt = at;
        return term;
    }

    public Long id() {
        return id;
    }

    public String unitCode() {
        return unitCode;
    }

    public String leaderUsername() {
        return leaderUsername;
    }

    public String leaderName() {
        return leaderName;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public String reason() {
        return reason;
    }

    public String assignedByName() {
        return assignedByName;
    }

    public LocalDateTime assignedAt() {
        return assignedAt;
    }
}
