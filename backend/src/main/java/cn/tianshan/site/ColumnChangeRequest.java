package cn.tianshan.site;

import cn.tianshan.common.error.ProblemException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A unit's request to create, rename, move or retire a column (Art. 7), decided through the review engine. */
@Entity
@Table(name = "column_change_request")
public class ColumnChangeRequest {

    public enum Type {
        CREATE("新增栏目"), RENAME("栏目更名"), MOVE("调整位置"), RETIRE("撤销栏目");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Status {
        IN_REVIEW("审核中"), REJECTED("未通过"), CANCELLED("已撤回"), CARRIED_OUT("已执行");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long siteId;
    @Enumerated(EnumType.STRING)
    private Type changeType;
    private Long columnId;
    private String proposedName;
    private String proposedCode;
    private Long proposedParentId;
    private String proposedOwnerUnit;
    @Enumerated(EnumType.STRING)
    private ColumnKind proposedKind;
    @Enumerated(EnumType.STRING)
    private UpdateClass proposedUpdateClass;
    private Integer proposedIntervalDays;
    private String reason;
    private String requestingUnit;
    private String requestedBy;
    private String requestedByName;
    private LocalDateTime requestedAt;
    @Enumerated(EnumType.STRING)
    private Status status;
    private LocalDateTime carriedOutAt;
    private Long resultingColumnId;

    protected ColumnChangeRequest() {
    }

    static ColumnChangeRequest of(long siteId, Type type, Long columnId, String name, String code, Long parentId,
                                  String owner, ColumnKind kind, UpdateClass updateClass, Integer intervalDays,
                                  String reason, String unit, String by, String byName, LocalDateTime at) {
        ColumnChangeRequest request = new ColumnChangeRequest();
        request.siteId = siteId;
        request.changeType = type;
        request.columnId = columnId;
        request.proposedName = name;
        request.proposedCode = code;
        request.proposedParentId = parentId;
        request.proposedOwnerUnit = owner;
        request.proposedKind = kind;
        request.proposedUpdateClass = updateClass;
        request.proposedIntervalDays = intervalDays;
        request.reason = reason;
        request.requestingUnit = unit;
        request.requestedBy = by;
        request.requestedByName = byName;
        request.requestedAt = at;
        request.status = Status.IN_REVIEW;
        return request;
    }

    void carriedOut(long columnId, LocalDateTime at) {
        requireInReview();
        status = Status.CARRIED_OUT;
        resultingColumnId = columnId;
        carriedOutAt = at;
    }

    void rejected() {
        requireInReview();
        status = Status.REJECTED;
    }

    void cancelled() {
        requireInReview();
        status = Status.CANCELLED;
    }

    private void requireInReview() {
        if (status != Status.IN_REVIEW) {
            throw ProblemException.conflict("此栏目调整申请" + status.label() + "，不能再变更");
        }
    }

    public String describe(String columnName) {
        return switch (changeType) {
            case CREATE -> "新增栏目“" + proposedName + "”";
            case RENAME -> "栏目“" + columnName + "”更名为“" + proposedName + "”";
            case MOVE -> "调整栏目“" + columnName + "”的位置";
            case RETIRE -> "撤销栏目“" + columnName + "”";
        };
    }

    public Long id() {
        return id;
    }

    public long siteId() {
        return siteId;
    }

    public Type changeType() {
        return changeType;
    }

    public Long columnId() {
        return columnId;
    }

    public String proposedName() {
        return proposedName;
    }

    public String proposedCode() {
        return proposedCode;
    }

    public Long proposedParentId() {
        return proposedParentId;
    }

    public String proposedOwnerUnit() {
        return proposedOwnerUnit;
    }

    public ColumnKind proposedKind() {
        return proposedKind;
    }

    public UpdateClass proposedUpdateClass() {
        return proposedUpdateClass;
    }

    public Integer proposedIntervalDays() {
        return proposedIntervalDays;
    }

    public String reason() {
        return reason;
    }

    public String requestingUnit() {
        return requestingUnit;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public String requestedByName() {
        return requestedByName;
    }

    public LocalDateTime requestedAt() {
        return requestedAt;
    }

    public Status status() {
        return status;
    }

    public LocalDateTime carriedOutAt() {
        return carriedOutAt;
    }

    public Long resultingColumnId() {
        return resultingColumnId;
    }
}
