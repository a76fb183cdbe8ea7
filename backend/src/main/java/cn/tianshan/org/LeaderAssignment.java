package cn.tianshan.org;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** The leader in charge (厅分管领导) of a unit: Annex 3's third opinion for that unit's columns goes to them. */
@Entity
@Table(name = "org_leader_assignment")
public class LeaderAssignment {

    @Id
    private String unitCode;
    private String leaderUsername;
    private String leaderName;
    private LocalDateTime assignedAt;
    private String assignedBy;

    protected LeaderAssignment() {
    }

    static LeaderAssignment of(String unitCode, String username, String name, String by, LocalDateTime at) {
        LeaderAssignment assignment = new LeaderAssignment();
        assignment.unitCode = unitCode;
        assignment.reassign(username, name, by, at);
        return assignment;
    }

    void reassign(String username, String name, String by, LocalDateTime at) {
        this.leaderUsername = username;
        this.leaderName = name;
        this.assignedBy = by;
        this.assignedAt = at;
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

    public LocalDateTime assignedAt() {
        return assignedAt;
    }
}
