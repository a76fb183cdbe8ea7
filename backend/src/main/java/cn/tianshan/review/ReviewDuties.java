package cn.tianshan.review;

import cn.tianshan.common.security.CurrentUser;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.inbox.Duty;
import cn.tianshan.inbox.DutySource;
import cn.tianshan.org.Organisation;
import cn.tianshan.review.ReviewRepositories.RunRepository;
import cn.tianshan.review.ReviewRepositories.SeenRepository;
import cn.tianshan.review.ReviewRepositories.TaskRepository;
import cn.tianshan.review.ReviewViews.ActionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The review steps waiting for the current user, as inbox duties: every step they may take, including one
 * they cannot approve yet (its disabled button says whose action it waits for), and the revision they last saw.
 */
@ApplicationScoped
public class ReviewDuties implements DutySource {

    private final TaskRepository tasks;
    private final RunRepository runs;
    private final SeenRepository seen;
    private final ReviewEngine engine;
    private final Organisation organisation;
    private final CurrentUser user;
    private final Clock clock;

    ReviewDuties(TaskRepository tasks, RunRepository runs, SeenRepository seen, ReviewEngine engine, Organisation organisation,
                 CurrentUser user, Clock clock) {
        this.tasks = tasks;
        this.runs = runs;
        this.seen = seen;
        this.engine = engine;
        this.organisation = organisation;
        this.user = user;
        this.clock = clock;
    }

    @Override
    public List<Duty> dutiesOfCurrentUser() {
        List<Duty> duties = new ArrayList<>();
        for (ReviewTask task : tasks.openFor(user.unitCode().orElse(null), user.username())) {
            if (!task.assignee().admits(user.roles(), user.unitCode().orElse(null), user.username())) {
                continue;
            }
            ReviewRun run = runs.findById(task.runId());
            List<ActionView> actions = engine.actionsFor(task, run);
            if (actions.isEmpty()) {
                continue;
            }
            ReviewSubject subject = engine.subject(run.subjectType());
            SubjectSnapshot snapshot = subject.snapshot(run.subjectId());
            duties.add(new Duty("review-step", subject.label() + "审核", run.subjectType(), run.subjectId(), snapshot.title(),
                    organisation.nameOf(run.subjectUnit()), task.stepName() + "（第 " + run.roundNo() + " 轮）",
                    snapshot.infoDate(), snapshot.dueDate(), task.startedAt(), run.submittedByName(),
                    subject.consolePath(run.subjectId()), task.id(), snapshot.revisionId(),
                    seen.lastSeen(user.username(), run.subjectType(), run.subjectId()).orElse(null),
                    actions.stream().map(a -> new Duty.DutyAction(a.name(), a.label(), a.enabled(), a.reason())).toList()));
        }
        return duties;
    }

    /** Remembers which revision the user has now seen, so the next visit shows only what changed since. */
    @Transactional
    public void seen(String subjectType, long subjectId, long revisionId) {
        engine.subject(subjectType);
        seen.remember(user.username(), subjectType, subjectId, revisionId, Timestamps.now(clock));
    }

    /** The revision the current user last opened of this subject, if any. */
    public Optional<Long> lastSeen(String subjectType, long subjectId) {
        return user.authenticated() ? seen.lastSeen(user.username(), subjectType, subjectId) : Optional.empty();
    }
}
