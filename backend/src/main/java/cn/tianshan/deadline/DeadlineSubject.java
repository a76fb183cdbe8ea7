package cn.tianshan.deadline;

import java.util.List;

/**
 * A kind of case that has clocks (a letter, a disclosure request): tells the engine what the case is called, where
 * it opens, and who handles it now (the first rung of the ladder). Each kind implements this once.
 */
public interface DeadlineSubject {

    /** The subject type the kind's clocks are stored under, e.g. {@code mailbox-message}. */
    String type();

    /** What people call it: "群众来信". */
    String label();

    CaseFacts facts(long subjectId);

    /** A case as the reminders and the dashboard name it. {@code handlers} are usernames. */
    record CaseFacts(String title, String reference, String link, List<String> handlers) {
    }
}
