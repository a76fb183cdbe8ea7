package cn.tianshan.review;

import java.util.Optional;

/**
 * What the review engine runs a chain for: an information article, a column change request, a topic-column
 * application, a link registration. Each kind implements this once and is found by {@link #type()}.
 */
public interface ReviewSubject {

    /** A short stable name, stored on runs, e.g. {@code article}. */
    String type();

    /** The subject as it is now: what the steps are resolved against and the approvals are bound to. */
    SubjectSnapshot snapshot(long subjectId);

    /** The chain this subject goes through (for an article: its first column's chain). */
    long chainId(long subjectId);

    /** One step was approved (e.g. the site office's confidentiality step: the review form records its handler). */
    default void stepApproved(long subjectId, ReviewTask task) {
    }

    /** The whole chain approved: publish, carry out, ... */
    void approved(long subjectId);

    /** A reviewer rejected it with a reason: it goes back to its author. */
    void returned(long subjectId, String reason);

    /** The author withdrew the submission. */
    void cancelled(long subjectId);

    /**
     * Why the subject cannot pass a step yet, if it cannot (e.g. a step requiring the confidentiality review
     * and no agree/agree record on the revision).
     */
    default Optional<String> blocker(long subjectId, ReviewStep step) {
        return Optional.empty();
    }
}
