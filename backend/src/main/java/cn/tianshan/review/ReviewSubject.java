package cn.tianshan.review;

import java.util.List;
import java.util.Optional;

/**
 * What the review engine runs a chain for: an article, a column change request, a topic-column application, a
 * link registration. Each kind implements this once and is found by {@link #type()}.
 */
public interface ReviewSubject {

    /** A short stable name, stored on runs, e.g. {@code article}. */
    String type();

    /** What people call it: "信息", "栏目调整申请". */
    String label();

    /** Where the admin console opens it. */
    String consolePath(long subjectId);

    /** The subject as it is now: what the steps are resolved against and the approvals are bound to. */
    SubjectSnapshot snapshot(long subjectId);

    /** The chain this subject goes through (for an article: its first column's chain). */
    long chainId(long subjectId);

    /**
     * Takes the subject's own row lock, before the engine locks the run: every decision, edit and withdrawal of
     * the subject happens one at a time, always locking in the same order.
     */
    void lock(long subjectId);

    /** One step was approved (e.g. the site office's confidentiality step: the review form records its handler). */
    default void stepApproved(long subjectId, ReviewTask task) {
    }

    /** The whole chain approved: publish, carry out, ... (and tell the people concerned). */
    void approved(long subjectId);

    /** A reviewer rejected it with a reason: it goes back to its author. */
    void returned(long subjectId, String reason);

    /** The author withdrew the submission. */
    void cancelled(long subjectId);

    /** Who hears of a rejection besides whoever submitted it (e.g. an article's author). */
    default List<String> concerned(long subjectId) {
        return List.of();
    }

    /**
     * Why the subject cannot pass a step yet, if it cannot, naming whose action it waits for (e.g. a step
     * requiring the confidentiality review while the form is not agree/agree).
     */
    default Optional<String> blocker(long subjectId, ReviewStep step) {
        return Optional.empty();
    }
}
