package cn.tianshan.review;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A configurable review chain: ordered steps a subject passes before it takes effect. */
@Entity
@Table(name = "review_chain")
public class ReviewChain {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    private String subjectType;
    private int restartFromPosition;
    private String ownerUnit;
    private LocalDateTime updatedAt;
    private String updatedBy;

    protected ReviewChain() {
    }

    static ReviewChain of(String code, String name, String subjectType, String ownerUnit, String by, LocalDateTime at) {
        ReviewChain chain = new ReviewChain();
        chain.code = code;
        chain.subjectType = subjectType;
        chain.ownerUnit = ownerUnit;
        chain.change(name, 1, by, at);
        return chain;
    }

    void change(String name, int restartFromPosition, String by, LocalDateTime at) {
        this.name = name;
        this.restartFromPosition = restartFromPosition;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String subjectType() {
        return subjectType;
    }

    /** On resubmission, approvals of steps before this position carry over when they approved the same revision. */
    public int restartFromPosition() {
        return restartFromPosition;
    }

    public String ownerUnit() {
        return ownerUnit;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
