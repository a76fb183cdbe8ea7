package cn.tianshan.review;

import cn.tianshan.common.security.CurrentUser;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.org.Organisation;
import cn.tianshan.review.ReviewRepositories.RunRepository;
import cn.tianshan.review.ReviewRepositories.TaskRepository;
import cn.tianshan.review.ReviewViews.ActionView;
import cn.tianshan.review.ReviewViews.InboxEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Everything waiting for the current user, across sites and columns, soonest due first, each with the
 * revision the user last saw and the actions the server allows.
 */
@ApplicationScoped
public class ReviewInbox {

    private final TaskRepository tasks;
    private final RunRepository runs;
    private final ReviewEngine engine;
    private final Organisation organisation;
    private final CurrentUser user;
    private final EntityManager em;
    private final Clock clock;

    ReviewInbox(TaskRepository tasks, RunRepository runs, ReviewEngine engine, Organisation organisation, CurrentUser user,
                EntityManager em, Clock clock) {
        this.tasks = tasks;
        this.runs = runs;
        this.engine = engine;
        this.organisation = organisation;
        this.user = user;
        this.em = em;
        this.clock = clock;
    }

    public List<InboxEntry> entries() {
        List<InboxEntry> entries = new ArrayList<>();
        for (ReviewTask task : tasks.open()) {
            if (!task.assignee().admits(user.roles(), user.unitCode().orElse(null), user.username())) {
                continue;
            }
            ReviewRun run = runs.findById(task.runId());
            List<ActionView> actions = engine.actionsFor(task, run);
            if (actions.isEmpty()) {
                continue;
            }
            SubjectSnapshot subject = engine.subject(run.subjectType()).snapshot(run.subjectId());
            entries.add(new InboxEntry(task.id(), run.id(), run.subjectType(), run.subjectId(), subject.title(),
                    run.subjectUnit(), organisation.nameOf(run.subjectUnit()), task.stepName(), task.position(),
                    subject.dueDate(), task.startedAt(), run.submittedByName(), subject.revisionId(),
                    lastSeen(run.subjectType(), run.subjectId()), task.requiresProofread(), task.requiresConfidentiality(),
                    actions));
        }
        entries.sort(Comparator.comparing(InboxEntry::dueDate, Comparator.nullsLast(LocalDate::compareTo))
                .thenComparing(InboxEntry::waitingSince));
        return entries;
    }

    /** Remembers which revision the user has now seen, so the next inbox shows only what changed since. */
    @Transactional
    public void seen(String subjectType, long subjectId, long revisionId) {
        em.createNativeQuery("INSERT INTO review_view (username, subject_type, subject_id, revision_id, seen_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5) ON DUPLICATE KEY UPDATE revision_id = VALUES(revision_id), seen_at = VALUES(seen_at)")
                .setParameter(1, user.username()).setParameter(2, subjectType).setParameter(3, subjectId)
                .setParameter(4, revisionId).setParameter(5, Timestamps.now(clock)).executeUpdate();
    }

    private Long lastSeen(String subjectType, long subjectId) {
        List<?> found = em.createNativeQuery(
                        "SELECT revision_id FROM review_view WHERE username = ?1 AND subject_type = ?2 AND subject_id = ?3")
                .setParameter(1, user.username()).setParameter(2, subjectType).setParameter(3, subjectId).getResultList();
        return found.isEmpty() ? null : ((Number) found.get(0)).longValue();
    }
}
