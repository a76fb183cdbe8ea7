package cn.tianshan.review;

public enum TaskStatus {
    /** Waiting for its assignee. */
    IN_PROGRESS,
    APPROVED,
    REJECTED,
    /** The step does not apply to this subject (e.g. no related department). */
    SKIPPED,
    /** An approval given to an older revision, or a waiting step, cancelled by an edit or a withdrawal. */
    VOIDED
}
