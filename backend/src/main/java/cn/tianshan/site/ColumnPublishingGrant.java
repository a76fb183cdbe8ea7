package cn.tianshan.site;

import cn.tianshan.common.error.ProblemException;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * The site office lets a unit publish into a column another unit owns (Art. 15: 谁主管、谁发布 — the owner still
 * reviews every such article). Recorded with who and why, revocable, never deleted.
 */
@Entity
@Table(name = "column_publishing_grant")
public class ColumnPublishingGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long columnId;
    private String unitCode;
    private String reason;
    private String grantedBy;
    private String grantedByName;
    private LocalDateTime grantedAt;
    private String revokedBy;
    private String revokedByName;
    private LocalDateTime revokedAt;
    private String revokeReason;

    protected ColumnPublishingGrant() {
    }

    static ColumnPublishingGrant of(long columnId, String unitCode, String reason, String by, String byName, LocalDateTime at) {
        ColumnPublishingGrant grant = new ColumnPublishingGrant();
        grant.columnId = columnId;
        grant.unitCode = unitCode;
        grant.reason = reason;
        grant.grantedBy = by;
        grant.grantedByName = byName;
        grant.grantedAt = at;
        return grant;
    }

    void revoke(String reason, String by, String byName, LocalDateTime at) {
        if (revokedAt != null) {
            throw ProblemException.conflict("此授权已于 " + revokedAt.toLocalDate() + " 由" + revokedByName + "撤销");
        }
        this.revokeReason = reason;
        this.revokedBy = by;
        this.revokedByName = byName;
        this.revokedAt = at;
    }

    public boolean active() {
        return revokedAt == null;
    }

    public Long id() {
        return id;
    }

    public long columnId() {
        return columnId;
    }

    public String unitCode() {
        return unitCode;
    }

    public String reason() {
        return reason;
    }

    public String grantedByName() {
        return grantedByName;
    }

    public LocalDateTime grantedAt() {
        return grantedAt;
    }

    public String revokedByName() {
        return revokedByName;
    }

    public LocalDateTime revokedAt() {
        return revokedAt;
    }

    public String revokeReason() {
        return revokeReason;
    }
}
