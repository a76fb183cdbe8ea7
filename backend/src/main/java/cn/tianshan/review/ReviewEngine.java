package cn.tianshan.review;

import cn.tianshan.audit.AuditTrail;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.security.CurrentUser;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.notification.Notifications;
import cn.tianshan.review.ApprovalRules.Caller;
import cn.tianshan.review.ApprovalRules.Refusal;
import cn.tianshan.review.ReviewRepositories.ChainRepository;
import cn.tianshan.review.ReviewRepositories.RunRepository;
import cn.tianshan.review.ReviewRepositories.StepRepository;
import cn.tianshan.review.ReviewRepositories.TaskRepository;
import cn.tianshan.review.ReviewViews.ActionView;
import cn.tianshan.review.ReviewViews.ApproveCommand;
import cn.tianshan.review.ReviewViews.RejectCommand;
import cn.tianshan.review.ReviewViews.RouteStep;
import cn.tianshan.review.ReviewViews.RunView;
import cn.tianshan.review.ReviewViews.TaskView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs review chains for any {@link ReviewSubject}. One function ({@link #advance}) moves a run on: it starts
 * the next step that has no valid approval for the subject's current revision; with none left the run is
 * approved and the subject's hook takes over (publish, carry out).
 *
 * <p>Every decision locks the subject's row, then the run's row, and reads the task again: of two people (or two
 * clicks) deciding the same step at once exactly one succeeds, the other gets a 409.
 */
@ApplicationScoped
public class ReviewEngine {

    private final ChainRepository chains;
    private final StepRepository steps;
    private final RunRepository runs;
    private final TaskRepository tasks;
    private final Assignments assignments;
    private final Instance<ReviewSubject> subjects;
    private final Notifications notifications;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final Clock clock;

    ReviewEngine(ChainRepository chains, StepRepository steps, RunRepository runs, TaskRepository tasks,
                 Assignments assignments, @Any Instance<ReviewSubject> subjects, Notifications notifications,
                 CurrentUser user, AuditTrail audit, Clock clock) {
        this.chains = chains;
        this.steps = steps;
        this.runs = runs;
        this.tasks = tasks;
        this.assignments = assignments;
        this.subjects = subjects;
        this.notifications = notifications;
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
        subject.lock(subjectId);
        if (runs.active(subjectType, subjectId).isPresent()) {
            throw ProblemException.conflict("已经在审核中，不能重复送审");
        }
        SubjectSnapshot snapshot = subject.snapshot(subjectId);
        ReviewChain chain = chains.findByIdOptional(subject.chainId(subjectId))
                .orElseThrow(() -> ProblemException.conflict("所用的审核流程已不存在，请主管处室检查栏目设置"));
        Optional<ReviewRun> previous = runs.latest(subjectType, subjectId);
        LocalDateTime now = Timestamps.now(clock);
        ReviewRun run = ReviewRun.start(chain.id(), subjectType, subjectId, (int) runs.rounds(subjectType, subjectId) + 1,
                snapshot, user.username(), user.displayName(), now);
        runs.persist(run);
        previous.ifPresent(p -> carryOver(p, run, chain, snapshot, now));
        advance(run, snapshot, subject);
        return view(run);
    }

    @Transactional
    public RunView approve(long taskId, @Valid ApproveCommand command) {
        Decision decision = lockForDecision(taskId);
        ReviewTask task = decision.task();
        ReviewRun run = decision.run();
        ReviewSubject subject = decision.subject();
        Optional<String> blocker = task.requiresConfidentiality() ? subject.blocker(run.subjectId(), step(task)) : Optional.empty();
        refuse(ApprovalRules.mayApprove(task, run, tasks.of(run.id()), caller(), assignments::describe, blocker));
        ApproveCommand given = command == null ? new ApproveCommand(null, null, null, null) : command;
        if (task.requiresProofread() && !Boolean.TRUE.equals(given.proofread())) {
            throw ProblemException.invalid("proofread", "请确认已逐字校对全文（三审三校）");
        }
        if (task.requiresConfidentiality() && !Boolean.TRUE.equals(given.confidentialityChecked())) {
            throw ProblemException.invalid("confidentialityChecked", "请确认已对全文进行保密审查（先审查、后公开）");
        }
        SubjectSnapshot snapshot = subject.snapshot(run.subjectId());
        requireSameRevision(given.revisionId(), snapshot);
        task.approve(user.username(), user.displayName(), trimmed(given.opinion()), given.proofread(),
                given.confidentialityChecked(), snapshot.revisionId(), snapshot.revisionHash(), Timestamps.now(clock));
        audit.target(run.subjectType(), run.subjectId() + "#step" + task.position());
        tasks.flush();
        subject.stepApproved(run.subjectId(), task);
        run.refresh(snapshot);
        advance(run, snapshot, subject);
        return view(run);
    }

    @Transactional
    public RunView reject(long taskId, @Valid RejectCommand command) {
        Decision decision = lockForDecision(taskId);
        ReviewTask task = decision.task();
        ReviewRun run = decision.run();
        ReviewSubject subject = decision.subject();
        refuse(ApprovalRules.mayDecide(task, run, tasks.of(run.id()), caller(), assignments::describe));
        SubjectSnapshot snapshot = subject.snapshot(run.subjectId());
        requireSameRevision(command.revisionId(), snapshot);
        LocalDateTime now = Timestamps.now(clock);
        String reason = command.reason().trim();
        task.reject(user.username(), user.displayName(), reason, snapshot.revisionId(), snapshot.revisionHash(), now);
        run.needChanges(now);
        audit.target(run.subjectType(), run.subjectId() + "#step" + task.position());
        subject.returned(run.subjectId(), reason);
        List<String> told = new ArrayList<>(subject.concerned(run.subjectId()));
        told.add(run.submittedBy());
        notifications.send(told, "review.returned", "“" + snapshot.title() + "”被退回",
                task.stepName() + "：" + user.displayName() + "退回。理由：" + reason, subject.consolePath(run.subjectId()));
        return view(run);
    }

    /** The author takes the subject back out of review (the caller holds the subject's lock); waiting steps are voided. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancel(String subjectType, long subjectId) {
        ReviewRun run = runs.active(subjectType, subjectId).map(r -> runs.lock(r.id()))
                .filter(r -> r.status() == RunStatus.IN_PROGRESS)
                .orElseThrow(() -> ProblemException.conflict("不在审核中，无需撤回送审"));
        LocalDateTime now = Timestamps.now(clock);
        tasks.of(run.id()).stream().filter(t -> t.status() == TaskStatus.IN_PROGRESS).forEach(t -> t.voidIt(now));
        run.cancel(now);
        subject(subjectType).cancelled(subjectId);
    }

    /**
     * The subject was edited during review (the caller holds its lock): approvals given to older revisions are
     * void, and the run goes back to the first step without a valid approval.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void contentChanged(String subjectType, long subjectId) {
        Optional<ReviewRun> active = runs.active(subjectType, subjectId).map(r -> runs.lock(r.id()));
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

    /** The subject's title or due date changed without a new revision (e.g. the calendar moved its due date). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void snapshotChanged(String subjectType, long subjectId) {
        runs.active(subjectType, subjectId).ifPresent(run -> run.refresh(subject(subjectType).snapshot(subjectId)));
    }

    public Optional<RunView> activeRun(String subjectType, long subjectId) {
        return runs.active(subjectType, subjectId).map(this::view);
    }

    /** Who submitted the subject's review now in progress, and when (without building its view). */
    public record Submission(String submittedBy, LocalDateTime submittedAt) {
    }

    public Optional<Submission> activeSubmission(String subjectType, long subjectId) {
        return runs.active(subjectType, subjectId).map(r -> new Submission(r.submittedBy(), r.submittedAt()));
    }

    /** Who submitted the subject's latest review, if it was ever submitted. */
    public Optional<String> lastSubmitter(String subjectType, long subjectId) {
        return runs.latest(subjectType, subjectId).map(ReviewRun::submittedBy);
    }

    /** Whether the subject was ever submitted for review. */
    public boolean everSubmitted(String subjectType, long subjectId) {
        return runs.rounds(subjectType, subjectId) > 0;
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

    /** The route the subject would take if submitted now: each step, whether it applies, and who can act. */
    public List<RouteStep> route(String subjectType, long subjectId) {
        ReviewSubject subject = subject(subjectType);
        SubjectSnapshot snapshot = subject.snapshot(subjectId);
        List<RouteStep> route = new ArrayList<>();
        for (ReviewStep step : steps.of(subject.chainId(subjectId))) {
            Optional<Assignee> assignee = assignments.resolve(step.resolver(), snapshot);
            route.add(new RouteStep(step.position(), step.name(), step.resolver().label(), assignee.isPresent(),
                    assignee.map(assignments::describe).orElse(null),
                    assignee.map(assignments::candidates).orElse(List.of()), step.requiresProofread(),
                    step.requiresConfidentiality(), assignee.isPresent() ? null : "不适用：信息由栏目主管单位自行报送"));
        }
        return route;
    }

    /** Whether some step of the route the subject would take now is taken inside {@code unitCode}. */
    public boolean routeReaches(String subjectType, long subjectId, String unitCode) {
        ReviewSubject subject = subject(subjectType);
        SubjectSnapshot snapshot = subject.snapshot(subjectId);
        return steps.of(subject.chainId(subjectId)).stream().map(s -> assignments.resolve(s.resolver(), snapshot))
                .flatMap(Optional::stream).anyMatch(a -> unitCode.equals(a.unitCode()));
    }

    /** The buttons the current user gets for the waiting step of this subject (none when it is not theirs). */
    public List<ActionView> actionsFor(String subjectType, long subjectId) {
        return runs.active(subjectType, subjectId).flatMap(run -> tasks.of(run.id()).stream()
                .filter(t -> t.status() == TaskStatus.IN_PROGRESS).findFirst()
                .map(task -> actionsFor(task, run))).orElse(List.of());
    }

    List<ActionView> actionsFor(ReviewTask task, ReviewRun run) {
        if (!ApprovalRules.mayDecide(task, run, tasks.of(run.id()), caller(), assignments::describe).isEmpty()) {
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
        throw ProblemException.invalid("subjectType", "没有这种审核事项：" + type);
    }

    RunView view(ReviewRun run) {
        ReviewChain chain = chains.findById(run.chainId());
        List<ReviewTask> runTasks = tasks.of(run.id());
        List<TaskView> taskViews = runTasks.stream().map(t -> {
            boolean waiting = t.status() == TaskStatus.IN_PROGRESS;
            return new TaskView(t.id(), t.position(), t.stepName(), t.resolver(), t.resolver().label(), t.status(),
                    statusLabel(t.status()), assignments.describe(t.assignee()),
                    waiting ? assignments.candidates(t.assignee()) : List.of(), t.actorUsername(), t.actorName(),
                    t.startedAt(), t.decidedAt(), t.opinion(), t.proofread(), t.confidentialityChecked(), t.revisionId(),
                    t.revisionHash(), t.carriedFromTaskId() != null, t.requiresProofread(), t.requiresConfidentiality());
        }).toList();
        return new RunView(run.id(), run.roundNo(), chain.name(), run.subjectType(), run.subjectId(), run.title(), run.status(),
                runStatusLabel(run.status()), run.submittedBy(), run.submittedByName(), run.submittedAt(), run.finishedAt(),
                run.dueDate(), waitingFor(run, runTasks), taskViews);
    }

    /** "等待 王强（公路事业发展中心 单位负责人）审核“申请单位意见”", or what blocks the step. */
    String waitingFor(ReviewRun run, List<ReviewTask> runTasks) {
        if (run.status() != RunStatus.IN_PROGRESS) {
            return null;
        }
        return runTasks.stream().filter(t -> t.status() == TaskStatus.IN_PROGRESS).findFirst().map(task -> {
            Optional<String> blocker = task.requiresConfidentiality()
                    ? subject(run.subjectType()).blocker(run.subjectId(), step(task)) : Optional.empty();
            String waiting = "等待 " + assignments.waitingFor(task.assignee()) + " 审核“" + task.stepName() + "”";
            return blocker.map(b -> waiting + "；" + b).orElse(waiting);
        }).orElse(null);
    }

    static String statusLabel(TaskStatus status) {
        return switch (status) {
            case IN_PROGRESS -> "待审核";
            case APPROVED -> "同意";
            case REJECTED -> "退回";
            case SKIPPED -> "不适用";
            case VOIDED -> "已作废";
        };
    }

    static String runStatusLabel(RunStatus status) {
        return switch (status) {
            case IN_PROGRESS -> "审核中";
            case APPROVED -> "已通过";
            case NEEDS_CHANGES -> "已退回";
            case CANCELLED -> "已撤回送审";
        };
    }

    private record Decision(ReviewTask task, ReviewRun run, ReviewSubject subject) {
    }

    /** Locks the subject, then the run, then reads the task as committed: one decision at a time. */
    private Decision lockForDecision(long taskId) {
        ReviewTask task = tasks.findByIdOptional(taskId).orElseThrow(() -> ProblemException.notFound("审核环节", taskId));
        ReviewRun unlocked = runs.findById(task.runId());
        ReviewSubject subject = subject(unlocked.subjectType());
        subject.lock(unlocked.subjectId());
        ReviewRun run = runs.lock(unlocked.id());
        return new Decision(tasks.fresh(task), run, subject);
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

    private static void requireSameRevision(Long seen, SubjectSnapshot snapshot) {
        if (seen != null && snapshot.revisionId() != null && !seen.equals(snapshot.revisionId())) {
            throw ProblemException.conflict("您审阅之后，内容又保存了新的版本：请刷新，按最新版本审核");
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
