package cn.tianshan.review;

import cn.tianshan.common.error.ProblemException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One step of one run (a Wagtail task state): who may take it, and once taken who did, when, with which
 * opinion, whether they proofread, and the exact revision they approved.
 */
@Entity
@Table(name = "review_task")
public class ReviewTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long runId;
    private long stepId;
    private int position;
    private String stepName;
    @Enumerated(EnumType.STRING)
    private StepResolver resolver;
    @Enumerated(EnumType.STRING)
    private TaskStatus status;
    private String assigneeRoles;
    private String assigneeUnit;
    private String assigneeUsername;
    private boolean requiresProofread;
    private boolean requiresConfidentiality;
    private LocalDateTime startedAt;
    private LocalDateTime decidedAt;
    private String actorUsername;
    private String actorName;
    private String opinion;
    private Boolean proofread;
    private Boolean confidentialityChecked;
    private Long revisionId;
    private String revisionHash;
    private Long carriedFromTaskId;

    protected ReviewTask() {
    }

    static ReviewTask open(ReviewRun run, ReviewStep step, Assignee assignee, LocalDateTime at) {
        ReviewTask task = of(run, step, at);
        task.status = TaskStatus.IN_PROGRESS;
        task.assigneeRoles = assignee.rolesText();
        task.assigneeUnit = assignee.unitCode();
        task.assigneeUsername = assignee.username();
        return task;
    }

    static ReviewTask skipped(ReviewRun run, ReviewStep step, LocalDateTime at) {
        ReviewTask task = of(run, step, at);
        task.status = TaskStatus.SKIPPED;
        task.decidedAt = at;
        task.opinion = "不适用：" + step.resolver().label();
        return task;
    }

    /** An approval of an earlier run for the same revision, carried into this run (the chain's restart rule). */
    static ReviewTask carriedOver(ReviewRun run, ReviewStep step, ReviewTask earlier, LocalDateTime at) {
        ReviewTask task = of(run, step, at);
        task.status = TaskStatus.APPROVED;
        task.assigneeRoles = earlier.assigneeRoles;
        task.assigneeUnit = earlier.assigneeUnit;
        task.assigneeUsername = earlier.assigneeUsername;
        task.decidedAt = earlier.decidedAt;
        task.actorUsername = earlier.actorUsername;
        task.actorName = earlier.actorName;
        task.opinion = earlier.opinion;
        task.proofread = earlier.proofread;
        task.confidentialityChecked = earlier.confidentialityChecked;
        task.revisionId = earlier.revisionId;
        task.revisionHash = earlier.revisionHash;
        task.carriedFromTaskId = earlier.id;
        return task;
    }

    private static ReviewTask of(ReviewRun run, ReviewStep step, LocalDateTime at) {
        ReviewTask task = new ReviewTask();
        task.runId = run.id();
        task.stepId = step.id();
        task.position = step.position();
        task.stepName = step.name();
        task.resolver = step.resolver();
        task.requiresProofread = step.requiresProofread();
        task.requiresConfidentiality = step.requiresConfidentiality();
        task.startedAt = at;
        return task;
    }

    void approve(String username, String name, String opinion, Boolean proofread, Boolean confidentialityChecked,
                 Long revisionId, String revisionHash, LocalDateTime at) {
        decide(TaskStatus.APPROVED, username, name, opinion, at);
        this.proofread = proofread;
        this.confidentialityChecked = confidentialityChecked;
        this.revisionId = revisionId;
        this.revisionHash = revisionHash;
    }

    void reject(String username, String name, String reason, Long revisionId, String revisionHash, LocalDateTime at) {
        decide(TaskStatus.REJECTED, username, name, reason, at);
        this.revisionId = revisionId;
        this.revisionHash = revisionHash;
    }

    void voidIt(LocalDateTime at) {
        if (status != TaskStatus.APPROVED && status != TaskStatus.IN_PROGRESS && status != TaskStatus.SKIPPED) {
            throw new IllegalStateException("review task " + id + " is " + status);
        }
        status = TaskStatus.VOIDED;
        if (decidedAt == null) {
            decidedAt = at;
        }
    }

    private void decide(TaskStatus outcome, String username, String name, String opinion, LocalDateTime at) {
        if (status != TaskStatus.IN_PROGRESS) {
            throw ProblemException.conflict("此环节已经处理完毕，不再等待审核");
        }
        this.status = outcome;
        this.actorUsername = username;
        this.actorName = name;
        this.opinion = opinion;
        this.decidedAt = at;
    }

    public Long id() {
        return id;
    }

    public long runId() {
        return runId;
    }

    public long stepId() {
        return stepId;
    }

    public int position() {
        return position;
    }

    public String stepName() {
        return stepName;
    }

    public StepResolver resolver() {
        return resolver;
    }

    public TaskStatus status() {
        return status;
    }

    public Assignee assignee() {
        return Assignee.fromText(assigneeRoles, assigneeUnit, assigneeUsername);
    }

    public boolean requiresProofread() {
        return requiresProofread;
    }

    public boolean requiresConfidentiality() {
        return requiresConfidentiality;
    }

    public LocalDateTime startedAt() {
        return startedAt;
    }

    public LocalDateTime decidedAt() {
        return decidedAt;
    }

    public String actorUsername() {
        return actorUsername;
    }

    public String actorName() {
        return actorName;
    }

    public String opinion() {
        return opinion;
    }

    public Boolean proofread() {
        return proofread;
    }

    /** 先审查、后公开: the reviewer of this step confirmed they checked the text for secrets. */
    public Boolean confidentialityChecked() {
        return confidentialityChecked;
    }

    public Long revisionId() {
        return revisionId;
    }

    public String revisionHash() {
        return revisionHash;
    }

    public Long carriedFromTaskId() {
        return carriedFromTaskId;
    }
}
