package cn.tianshan.review;

import cn.tianshan.common.error.ProblemException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One run of a chain for one subject (a Wagtail workflow state). At most one is in progress per subject. */
@Entity
@Table(name = "review_run")
public class ReviewRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long chainId;
    private String subjectType;
    private long subjectId;
    private int roundNo;
    private String subjectUnit;
    private String title;
    @Enumerated(EnumType.STRING)
    private RunStatus status;
    private String submittedBy;
    private String submittedByName;
    private LocalDateTime submittedAt;
    private LocalDateTime finishedAt;
    private LocalDate dueDate;

    protected ReviewRun() {
    }

    static ReviewRun start(long chainId, String subjectType, long subjectId, int round, SubjectSnapshot subject, String by,
                           String byName, LocalDateTime at) {
        ReviewRun run = new ReviewRun();
        run.chainId = chainId;
        run.subjectType = subjectType;
        run.subjectId = subjectId;
        run.roundNo = round;
        run.subjectUnit = subject.unitCode();
        run.title = subject.title();
        run.status = RunStatus.IN_PROGRESS;
        run.submittedBy = by;
        run.submittedByName = byName;
        run.submittedAt = at;
        run.dueDate = subject.dueDate();
        return run;
    }

    void refresh(SubjectSnapshot subject) {
        this.title = subject.title();
        this.dueDate = subject.dueDate();
    }

    void approve(LocalDateTime at) {
        finish(RunStatus.APPROVED, at);
    }

    void needChanges(LocalDateTime at) {
        finish(RunStatus.NEEDS_CHANGES, at);
    }

    void cancel(LocalDateTime at) {
        finish(RunStatus.CANCELLED, at);
    }

    private void finish(RunStatus outcome, LocalDateTime at) {
        if (status != RunStatus.IN_PROGRESS) {
            throw ProblemException.conflict("第 " + roundNo + " 轮审核已经结束，不能再变更");
        }
        status = outcome;
        finishedAt = at;
    }

    public Long id() {
        return id;
    }

    public long chainId() {
        return chainId;
    }

    public String subjectType() {
        return subjectType;
    }

    public long subjectId() {
        return subjectId;
    }

    /** The subject's own count: its first submission is round 1, whatever other subjects did. */
    public int roundNo() {
        return roundNo;
    }

    public String subjectUnit() {
        return subjectUnit;
    }

    public String title() {
        return title;
    }

    public RunStatus status() {
        return status;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public String submittedByName() {
        return submittedByName;
    }

    public LocalDateTime submittedAt() {
        return submittedAt;
    }

    public LocalDateTime finishedAt() {
        return finishedAt;
    }

    public LocalDate dueDate() {
        return dueDate;
    }
}
