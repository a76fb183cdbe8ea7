package cn.tianshan.review;

import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.security.CurrentUser;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.review.ApprovalRules.Caller;
import cn.tianshan.review.ApprovalRules.Refusal;
import cn.tianshan.review.ReviewRepositories.ChainRepository;
import cn.tianshan.review.ReviewRepositories.RunRepository;
import cn.tianshan.review.ReviewRepositories.StepRepository;
import cn.tianshan.review.ReviewRepositories.TaskRepository;
import cn.tianshan.review.ReviewViews.ActionView;
import cn.tianshan.review.ReviewViews.ApproveCommand;
import cn.tianshan.review.ReviewViews.RejectCommand;
import cn.tianshan.review.ReviewViews.RunView;
import cn.tianshan.review.ReviewViews.TaskView;
import cn.tianshan.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs review chains for any {@link ReviewSubject}. One function ({@link #advance}) moves a run on: it
 * starts the next step that has no valid approval for the subject's current revision; with none left the
 * run is approved and the subject's hook takes over (publish, carry out).
 */
@ApplicationScoped
public class ReviewEngine {

    private final ChainRepository chains;
    private final StepRepository steps;
    private final RunRepository runs;
    private final TaskRepository tasks;
    private final Assignments assignments;
    private final Instance<ReviewSubject> subjects;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final Clock clock;

    ReviewEngine(ChainRepository chains, StepRepository steps, RunRepository runs, TaskRepository tasks,
                 Assignments assignments, @Any Instance<ReviewSubject> subjects, CurrentUser user, AuditTrail audit,
                 Clock clock) {
        this.chains = chains;
        this.steps = steps;
        this.runs = runs;
        this.tasks = tasks;
        this.assignments = assignments;
        this.subjects = subjects;
        this.user = user;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Starts a run for the subject. Approvals of the previous run carry over for steps before the chain's
     * restart position, when they approved the very same revision; everything else is decided again.
     */
    @Transactional
    public RunView submit(String subjectType, long subjectId) {
        ReviewSubject subject = subject(subjectType);
        if (runs.active(subjectType, subjectId).isPresent()) {
            throw ProblemException.conflict("it is already in review");
        }
        SubjectSnapshot snapshot = subject.snapshot(subjectId);
        ReviewChain chain = chains.findByIdOptional(subject.chainId(subjectId))
                .orElseThrow(() -> ProblemException.conflict("its review chain no longer exists"));
        Optional<ReviewRun> previous = runs.latest(subjectType, subjectId);
        LocalDateTime now = Timestamps.now(clock);
        ReviewRun run = ReviewRun.start(chain.id(), subjectType, subjectId, snapshot, user.username(),
                user.displayName(), now);
        runs.persist(run);
        previous.ifPresent(p -> carryOver(p, run, chain, snapshot, now));
        advance(run, snapshot, subject);
        return view(run);
    }

    @Transactional
    public RunView approve(long taskId, @Valid ApproveCommand command) {
        ReviewTask task = tasks.findByIdOptional(taskId).orElseThrow(() -> ProblemException.notFound("review task", taskId));
        ReviewRun run = runs.findById(task.runId());
        ReviewSubject subject = subject(run.subjectType());
        List<ReviewTask> runTasks = tasks.of(run.id());
        Optional<String> blocker = task.requiresConfidentiality() ? subject.blocker(run.subjectId(), step(task)) : Optional.empty();
        refuse(ApprovalRules.mayApprove(task, run, runTasks, caller(), blocker));
        if (task.requiresProofread() && !Boolean.TRUE.equals(command == null ? null : command.proofread())) {
            throw ProblemException.invalid("proofread", "confirm that you proofread the text (三审三校)");
        }
        SubjectSnapshot snapshot = subject.snapshot(run.subjectId());
        task.approve(user.username(), user.displayName(), trimmed(command == null ? null : command.opinion()),
                command == null ? null : command.proofread(), snapshot.revisionId(), snapshot.revisionHash(),
                Timestamps.now(clock));
        audit.target(run.subjectType(), run.subjectId() + "#step" + task.position());
        tasks.flush();
        subject.stepApproved(run.subjectId(), task);
        run.refresh(snapshot);
        advance(run, snapshot, subject);
        return view(run);
    }

    @Transactional
    public RunView reject(long taskId, @Valid RejectCommand command) {
        ReviewTask task = tasks.findByIdOptional(taskId).orElseThrow(() -> ProblemException.notFound("review task", taskId));
        ReviewRun run = runs.findById(task.runId());
        ReviewSubject subject = subject(run.subjectType());
        refuse(ApprovalRules.mayDecide(task, run, tasks.of(run.id()), caller()));
        SubjectSnapshot snapshot = subject.snapshot(run.subjectId());
        LocalDateTime now = Timestamps.now(clock);
        task.reject(user.username(), user.displayName(), command.reason().trim(), snapshot.revisionId(),
                snapshot.revisionHash(), now);
        run.needChanges(now);
        audit.target(run.subjectType(), run.subjectId() + "#step" + task.position());
        subject.returned(run.subjectId(), command.reason().trim());
        return view(run);
    }

    /** The author takes the subject back out of review; waiting steps are voided. */
    @Transactional
    public void cancel(String subjectType, long subjectId) {
        ReviewRun run = runs.active(subjectType, subjectId).orElseThrow(() -> ProblemException.conflict("it is not in review"));
        LocalDateTime now = Timestamps.now(clock);
        tasks.of(run.id()).stream().filter(t -> t.status() == TaskStatus.IN_PROGRESS).forEach(t -> t.voidIt(now));
        run.cancel(now);
        subject(subjectType).cancelled(subjectId);
    }

    /**
     * The subject was edited during review: approvals given to older revisions are void, and the run goes
     * back to the first step without a valid approval.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void contentChanged(String subjectType, long subjectId) {
        Optional<ReviewRun> active = runs.active(subjectType, subjectId);
        if (active.isEmpty()) {
            return;
        }
        ReviewRun run = active.get();
        ReviewSubject subject = subject(subjectType);
        SubjectSnapshot snapshot = subject.snapshot(subjectId);
        LocalDateTime now = Timestamps.now(clock);
        for (ReviewTask task : tasks.of(run.id())) {
            boolean staleApproval = task.status() == TaskStatus.APPROVED && !sameRevision(task, snapshot);
            if (staleApproval || task.status() == TaskStatus.IN_PROGRESS || task.status() == TaskStatus.SKIPPED) {
                task.voidIt(now);
            }
        }
        tasks.flush();
        run.refresh(snapshot);
        advance(run, snapshot, subject);
    }

    public Optional<RunView> activeRun(String subjectType, long subjectId) {
        return runs.active(subjectType, subjectId).map(this::view);
    }

    /** True when any step of any run of the subject was or is for the current user: they may read it. */
    public boolean involves(String subjectType, long subjectId) {
        Caller caller = caller();
        return runs.of(subjectType, subjectId).stream().flatMap(run -> tasks.of(run.id()).stream())
                .anyMatch(t -> t.assignee().admits(caller.roles(), caller.unitCode(), caller.username()));
    }

    public List<RunView> history(String subjectType, long subjectId) {
        return runs.of(subjectType, subjectId).stream().map(this::view).toList();
    }

    /** The buttons the current user gets for the waiting step of this subject (none when it is not theirs). */
    public List<ActionView> actionsFor(String subjectType, long subjectId) {
        return runs.active(subjectType, subjectId).flatMap(run -> tasks.of(run.id()).stream()
                .filter(t -> t.status() == TaskStatus.IN_PROGRESS).findFirst()
                .map(task -> actionsFor(task, run))).orElse(List.of());
    }

    List<ActionView> actionsFor(ReviewTask task, ReviewRun run) {
        List<ReviewTask> runTasks = tasks.of(run.id());
        if (!ApprovalRules.mayDecide(task, run, runTasks, caller()).isEmpty()) {
            return List.of();
        }
        Optional<String> blocker = task.requiresConfidentiality()
                ? subject(run.subjectType()).blocker(run.subjectId(), step(task)) : Optional.empty();
        return List.of(
                new ActionView("approve", "同意", blocker.isEmpty(), blocker.orElse(null)),
                new ActionView("reject", "退回", true, null));
    }

    Caller caller() {
        return new Caller(user.username(), user.unitCode().orElse(null), user.roles());
    }

    ReviewSubject subject(String type) {
        for (ReviewSubject subject : subjects) {
            if (subject.type().equals(type)) {
                return subject;
            }
        }
        throw ProblemException.invalid("subjectType", "no review subject of type " + type);
    }

    RunView view(ReviewRun run) {
        ReviewChain chain = chains.findById(run.chainId());
        List<TaskView> taskViews = tasks.of(run.id()).stream().map(t -> new TaskView(t.id(), t.position(), t.stepName(),
                t.resolver(), t.status(), assignments.describe(t.assignee()), t.actorUsername(), t.actorName(),
                t.startedAt(), t.decidedAt(), t.opinion(), t.proofread(), t.revisionId(), t.revisionHash(),
                t.carriedFromTaskId() != null, t.requiresProofread(), t.requiresConfidentiality())).toList();
        return new RunView(run.id(), chain.name(), run.subjectType(), run.subjectId(), run.title(), run.status(),
                run.submittedBy(), run.submittedByName(), run.submittedAt(), run.finishedAt(), run.dueDate(), taskViews);
    }

    private void advance(ReviewRun run, SubjectSnapshot snapshot, ReviewSubject subject) {
        List<ReviewTask> runTasks = tasks.of(run.id());
        LocalDateTime now = Timestamps.now(clock);
        for (ReviewStep step : steps.of(run.chainId())) {
            Optional<ReviewTask> current = runTasks.stream().filter(step::matches)
                    .filter(t -> t.status() == TaskStatus.IN_PROGRESS || t.status() == TaskStatus.SKIPPED
                            || (t.status() == TaskStatus.APPROVED && sameRevision(t, snapshot)))
                    .findFirst();
            if (current.isPresent()) {
                if (current.get().status() == TaskStatus.IN_PROGRESS) {
                    return;
                }
                continue;
            }
            Optional<Assignee> assignee = assignments.resolve(step.resolver(), snapshot);
            if (assignee.isEmpty()) {
                tasks.persist(ReviewTask.skipped(run, step, now));
                continue;
            }
            tasks.persist(ReviewTask.open(run, step, assignee.get(), now));
            return;
        }
        run.approve(now);
        tasks.flush();
        subject.approved(run.subjectId());
    }

    private void carryOver(ReviewRun previous, ReviewRun run, ReviewChain chain, SubjectSnapshot snapshot, LocalDateTime now) {
        List<ReviewTask> earlier = tasks.of(previous.id());
        for (ReviewStep step : steps.of(chain.id())) {
            if (step.position() >= chain.restartFromPosition()) {
                return;
            }
            earlier.stream().filter(step::matches).filter(t -> t.status() == TaskStatus.APPROVED)
                    .filter(t -> sameRevision(t, snapshot)).findFirst()
                    .ifPresent(t -> tasks.persist(ReviewTask.carriedOver(run, step, t, now)));
        }
    }

    private ReviewStep step(ReviewTask task) {
        return steps.findById(task.stepId());
    }

    private static boolean sameRevision(ReviewTask task, SubjectSnapshot snapshot) {
        return Objects.equals(task.revisionHash(), snapshot.revisionHash());
    }

    private static void refuse(List<Refusal> refusals) {
        if (!refusals.isEmpty()) {
            throw refusals.get(0).asProblem();
        }
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
