package cn.tianshan.deadline;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

public final class DeadlineViews {

    private DeadlineViews() {
    }

    public record PauseView(String reason, LocalDate startsOn, LocalDate endsOn, Integer workingDays, String pausedByName) {
    }

    public record AlertView(String rung, String rungLabel, LocalDate dueOn, LocalDateTime sentAt, String recipients, String note) {
    }

    /**
     * A clock as people read it: the due date and why, where it stands today, how many working days are left
     * ({@code remainingWorkingDays} is negative when overdue), and every pause, reminder and escalation.
     */
    public record ClockView(long id, String purpose, String label, String unitCode, String unitName, LocalDate startsOn,
                            int workingDays, int extensionDays, String extensionReason, int pausedDays, LocalDate pausedSince,
                            String pauseReason, LocalDate dueOn, String explanation, boolean provisional, LocalDate stoppedOn,
                            ClockState state, String stateLabel, int remainingWorkingDays, List<PauseView> pauses,
                            List<AlertView> alerts) {
    }

    /** A row of the deadline dashboard: the clock and the case it belongs to. */
    public record DeadlineRow(String subjectType, String subjectLabel, long subjectId, String title, String reference,
                              String link, ClockView clock) {
    }

    public record StateCount(ClockState state, String label, long count) {
    }

    public record Dashboard(List<DeadlineRow> rows, List<StateCount> counts, boolean allUnits) {
    }
}
