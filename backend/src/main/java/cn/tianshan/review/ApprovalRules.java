package cn.tianshan.review;

import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.security.Role;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules every decision on a step must pass, as data: each returns nothing when it holds, or why it does
 * not, in words a reviewer reads. The same list drives the buttons the UI shows, so the UI never guesses.
 */
final class ApprovalRules {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    enum Kind { CONFLICT, FORBIDDEN, INCOMPLETE }

    record Refusal(Kind kind, String reason) {
        ProblemException asProblem() {
            return switch (kind) {
                case CONFLICT, INCOMPLETE -> ProblemException.conflict(reason);
                case FORBIDDEN -> ProblemException.forbidden(reason);
            };
        }
    }

    record Caller(String username, String unitCode, Set<Role> roles) {
    }

    private ApprovalRules() {
    }

    /** Who may decide this task at all (approve or reject); {@code describe} names the step's assignee. */
    static List<Refusal> mayDecide(ReviewTask task, ReviewRun run, List<ReviewTask> runTasks, Caller caller,
                                   Function<Assignee, String> describe) {
        List<Refusal> refusals = new ArrayList<>();
        if (task.status() != TaskStatus.IN_PROGRESS || run.status() != RunStatus.IN_PROGRESS) {
            refusals.add(new Refusal(Kind.CONFLICT, decided(task)));
        }
        if (caller.username().equals(run.submittedBy())) {
            refusals.add(new Refusal(Kind.FORBIDDEN, "送审人不能审核自己送审的事项（三审须由他人进行）"));
        }
        runTasks.stream().filter(t -> t.status() == TaskStatus.APPROVED && !t.id().equals(task.id())
                        && caller.username().equals(t.actorUsername())).findFirst()
                .ifPresent(t -> refusals.add(new Refusal(Kind.FORBIDDEN,
                        "同一人只能审核同一事项的一个环节：您已审核“" + t.stepName() + "”")));
        if (!task.assignee().admits(caller.roles(), caller.unitCode(), caller.username())) {
            refusals.add(new Refusal(Kind.FORBIDDEN, "此环节由" + describe.apply(task.assignee()) + "审核，不是您"));
        }
        return refusals;
    }

    /** What approving additionally needs: the subject ready for the step (e.g. its confidentiality review). */
    static List<Refusal> mayApprove(ReviewTask task, ReviewRun run, List<ReviewTask> runTasks, Caller caller,
                                    Function<Assignee, String> describe, Optional<String> subjectBlocker) {
        List<Refusal> refusals = new ArrayList<>(mayDecide(task, run, runTasks, caller, describe));
        subjectBlocker.ifPresent(reason -> refusals.add(new Refusal(Kind.INCOMPLETE, reason)));
        return refusals;
    }

    private static String decided(ReviewTask task) {
        String when = task.decidedAt() == null ? "" : "于 " + TIME.format(task.decidedAt());
        return switch (task.status()) {
            case APPROVED -> "此环节已由" + task.actorName() + when + "同意，不能重复审核";
            case REJECTED -> "此环节已由" + task.actorName() + when + "退回";
            case VOIDED -> "此环节已作废（内容已修改或已撤回送审），请刷新后查看";
            case SKIPPED -> "此环节不适用于本事项";
            case IN_PROGRESS -> "本轮审核已经结束，请刷新后查看";
        };
    }
}
