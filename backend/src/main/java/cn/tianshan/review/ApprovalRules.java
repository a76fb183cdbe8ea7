package cn.tianshan.review;

import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.security.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules every decision on a step must pass, as data: each returns nothing when it holds, or why it does
 * not. The same list drives the buttons the UI shows, so the UI never guesses.
 */
final class ApprovalRules {

    enum Kind { CONFLICT, FORBIDDEN, INCOMPLETE }

    record Refusal(Kind kind, String reason) {
        ProblemException asProblem() {
            return switch (kind) {
                case CONFLICT -> ProblemException.conflict(reason);
                case FORBIDDEN -> ProblemException.forbidden(reason);
                case INCOMPLETE -> ProblemException.conflict(reason);
            };
        }
    }

    record Caller(String username, String unitCode, Set<Role> roles) {
    }

    private ApprovalRules() {
    }

    /** Who may decide this task at all (approve or reject). */
    static List<Refusal> mayDecide(ReviewTask task, ReviewRun run, List<ReviewTask> runTasks, Caller caller) {
        List<Refusal> refusals = new ArrayList<>();
        if (task.status() != TaskStatus.IN_PROGRESS || run.status() != RunStatus.IN_PROGRESS) {
            refusals.add(new Refusal(Kind.CONFLICT, "this step is not waiting for a decision (" + task.status() + ")"));
        }
        if (caller.username().equals(run.submittedBy())) {
            refusals.add(new Refusal(Kind.FORBIDDEN, "whoever submitted an article never decides on it"));
        }
        boolean tookAnotherStep = runTasks.stream().anyMatch(t -> t.status() == TaskStatus.APPROVED
                && !t.id().equals(task.id()) && caller.username().equals(t.actorUsername()));
        if (tookAnotherStep) {
            refusals.add(new Refusal(Kind.FORBIDDEN, "one person approves at most one step of an article"));
        }
        if (!task.assignee().admits(caller.roles(), caller.unitCode(), caller.username())) {
            refusals.add(new Refusal(Kind.FORBIDDEN, "this step is for someone else"));
        }
        return refusals;
    }

    /** What approving additionally needs: the subject ready for the step (e.g. its confidentiality review). */
    static List<Refusal> mayApprove(ReviewTask task, ReviewRun run, List<ReviewTask> runTasks, Caller caller,
                                    Optional<String> subjectBlocker) {
        List<Refusal> refusals = new ArrayList<>(mayDecide(task, run, runTasks, caller));
        subjectBlocker.ifPresent(reason -> refusals.add(new Refusal(Kind.INCOMPLETE, reason)));
        return refusals;
    }
}
