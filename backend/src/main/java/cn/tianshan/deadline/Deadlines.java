package cn.tianshan.deadline;

import cn.tianshan.calendar.Deadline;
import cn.tianshan.calendar.DueDateHistory;
import cn.tianshan.calendar.WorkingDays;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.security.CurrentUser;
import cn.tianshan.deadline.DeadlineRepositories.AlertRepository;
import cn.tianshan.deadline.DeadlineRepositories.ClockRepository;
import cn.tianshan.deadline.DeadlineRepositories.PauseRepository;
import cn.tianshan.deadline.DeadlineViews.AlertView;
import cn.tianshan.deadline.DeadlineViews.ClockView;
import cn.tianshan.deadline.DeadlineViews.PauseView;
import cn.tianshan.org.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The deadline engine every clock in Tianshan runs on: a clock starts on a date with a length in working days;
 * extensions add days, pauses (reason, start, end) do not count, a restart begins again (a disclosure request's
 * supplement). Each change stores the new due date with the calendar's explanation and records the move in
 * {@link DueDateHistory}. Callers hold their case's row lock, so changes to one clock happen one at a time.
 */
@ApplicationScoped
public class Deadlines {

    static final String HISTORY_TYPE = "deadline-clock";

    private final ClockRepository clocks;
    private final PauseRepository pauses;
    private final AlertRepository alerts;
    private final WorkingDays workingDays;
    private final DueDateHistory history;
    private final Organisation organisation;
    private final CurrentUser user;
    private final int longOverdueDays;

    Deadlines(ClockRepository clocks, PauseRepository pauses, AlertRepository alerts, WorkingDays workingDays,
              DueDateHistory history, Organisation organisation, CurrentUser user,
              @ConfigProperty(name = "tianshan.deadlines.long-overdue-days") int longOverdueDays) {
        this.clocks = clocks;
        this.pauses = pauses;
        this.alerts = alerts;
        this.workingDays = workingDays;
        this.history = history;
        this.organisation = organisation;
        this.user = user;
        this.longOverdueDays = longOverdueDays;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ClockView start(String subjectType, long subjectId, String purpose, String label, String unitCode,
                           LocalDate startsOn, int days) {
        if (clocks.of(subjectType, subjectId, purpose).isPresent()) {
            throw new IllegalStateException("clock " + subjectType + "/" + subjectId + "/" + purpose + " exists");
        }
        DeadlineClock clock = DeadlineClock.start(subjectType, subjectId, purpose, label, unitCode, startsOn, days);
        recompute(clock);
        clocks.persist(clock);
        return view(clock, startsOn);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ClockView extend(String subjectType, long subjectId, String purpose, int days, String reason, LocalDate today) {
        DeadlineClock clock = running(subjectType, subjectId, purpose);
        LocalDate before = clock.dueOn();
        clock.extend(days, reason);
        recompute(clock);
        history.record(HISTORY_TYPE, clock.id(), before, deadlineOf(clock), "延期 " + days + " 个工作日：" + reason);
        return view(clock, today);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ClockView pause(String subjectType, long subjectId, String purpose, LocalDate on, String reason) {
        DeadlineClock clock = running(subjectType, subjectId, purpose);
        if (clock.pausedSince() != null) {
            throw ProblemException.conflict(clock.label() + "已于 " + clock.pausedSince() + " 暂停计时（" + clock.pauseReason() + "）");
        }
        clock.pause(on, reason);
        pauses.persist(ClockPause.of(clock.id(), reason, on, actorName()));
        return view(clock, on);
    }

    /** Ends the pause: the working days after its start up to and including {@code on} do not count. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ClockView resume(String subjectType, long subjectId, String purpose, LocalDate on) {
        DeadlineClock clock = running(subjectType, subjectId, purpose);
        ClockPause pause = pauses.open(clock.id())
                .orElseThrow(() -> ProblemException.conflict(clock.label() + "没有暂停，无需恢复计时"));
        int paused = on.isAfter(pause.startsOn()) ? workingDays.count(pause.startsOn(), on).workingDays() : 0;
        pause.end(on, paused);
        LocalDate before = clock.dueOn();
        clock.resume(paused);
        recompute(clock);
        history.record(HISTORY_TYPE, clock.id(), before, deadlineOf(clock),
                "暂停（" + pause.reason() + "）" + pause.startsOn() + " 至 " + on + "，不计 " + paused + " 个工作日");
        return view(clock, on);
    }

    /** Counting begins again from {@code on}, with the clock's full length: extensions and pauses are dropped. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ClockView restart(String subjectType, long subjectId, String purpose, LocalDate on, String reason) {
        DeadlineClock clock = find(subjectType, subjectId, purpose);
        pauses.open(clock.id()).ifPresent(p -> p.end(on, 0));
        LocalDate before = clock.dueOn();
        clock.restart(on);
        recompute(clock);
        history.record(HISTORY_TYPE, clock.id(), before, deadlineOf(clock), "重新计时：" + reason);
        return view(clock, on);
    }

    /** The clock's work is done on {@code on}: on time or late is decided by the due date then. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void stop(String subjectType, long subjectId, String purpose, LocalDate on) {
        clocks.of(subjectType, subjectId, purpose).filter(c -> c.stoppedOn() == null).ifPresent(c -> {
            pauses.open(c.id()).ifPresent(p -> p.end(on, 0));
            c.stop(on);
        });
    }

    /** The case moved to another unit: the ladder climbs from that unit now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void handledBy(String subjectType, long subjectId, String unitCode) {
        clocks.ofSubject(subjectType, subjectId).forEach(c -> c.handledBy(unitCode));
    }

    public List<ClockView> of(String subjectType, long subjectId, LocalDate today) {
        return clocks.ofSubject(subjectType, subjectId).stream().map(c -> view(c, today)).toList();
    }

    /** One purpose's clock of each of many cases, by case id (without pauses and alerts): for lists and statistics. */
    public java.util.Map<Long, ClockView> of(String subjectType, java.util.Collection<Long> subjectIds, String purpose, LocalDate today) {
        java.util.Map<Long, ClockView> found = new java.util.HashMap<>();
        clocks.ofSubjects(subjectType, subjectIds).stream().filter(c -> c.purpose().equals(purpose))
                .forEach(c -> found.put(c.subjectId(), summary(c, today, List.of(), List.of())));
        return found;
    }

    public ClockView view(DeadlineClock clock, LocalDate today) {
        List<PauseView> pauseViews = pauses.of(clock.id()).stream()
                .map(p -> new PauseView(p.reason(), p.startsOn(), p.endsOn(), p.workingDays(), p.pausedByName())).toList();
        List<AlertView> alertViews = alerts.of(clock.id()).stream()
                .map(a -> new AlertView(a.rung().name(), a.rung().label(), a.dueOn(), a.sentAt(), a.recipients(), a.note())).toList();
        return summary(clock, today, pauseViews, alertViews);
    }

    /** The view without pauses and alerts, for lists. */
    public ClockView summary(DeadlineClock clock, LocalDate today, List<PauseView> pauseViews, List<AlertView> alertViews) {
        ClockState state = state(clock, today);
        return new ClockView(clock.id(), clock.purpose(), clock.label(), clock.unitCode(),
                clock.unitCode() == null ? null : organisation.nameOf(clock.unitCode()), clock.startsOn(), clock.workingDays(),
                clock.extensionDays(), clock.extensionReason(), clock.pausedDays(), clock.pausedSince(), clock.pauseReason(),
                clock.dueOn(), clock.explanation(), clock.provisional(), clock.stoppedOn(), state, state.label(),
                remaining(clock, today), pauseViews, alertViews);
    }

    public ClockState state(DeadlineClock clock, LocalDate today) {
        if (clock.stoppedOn() != null) {
            return clock.stoppedOn().isAfter(clock.dueOn()) ? ClockState.DONE_LATE : ClockState.DONE;
        }
        if (clock.pausedSince() != null) {
            return ClockState.PAUSED;
        }
        if (today.isAfter(clock.dueOn())) {
            return workingDays.count(clock.dueOn(), today).workingDays() >= longOverdueDays
                    ? ClockState.LONG_OVERDUE : ClockState.OVERDUE;
        }
        return workingDays.count(today, clock.dueOn()).workingDays() <= 1 ? ClockState.DUE_SOON : ClockState.ON_TIME;
    }

    /** Working days left until the due date (0 on the day), or minus the working days past it. */
    public int remaining(DeadlineClock clock, LocalDate today) {
        LocalDate at = clock.stoppedOn() != null ? clock.stoppedOn() : today;
        return at.isAfter(clock.dueOn()) ? -workingDays.count(clock.dueOn(), at).workingDays()
                : workingDays.count(at, clock.dueOn()).workingDays();
    }

    private void recompute(DeadlineClock clock) {
        Deadline deadline = deadlineOf(clock);
        StringBuilder why = new StringBuilder("自 ").append(clock.startsOn()).append(" 起算 ").append(clock.workingDays())
                .append(" 个工作日");
        if (clock.extensionDays() > 0) {
            why.append("，延期 ").append(clock.extensionDays()).append(" 个工作日");
        }
        if (clock.pausedDays() > 0) {
            why.append("，暂停期间 ").append(clock.pausedDays()).append(" 个工作日不计");
        }
        why.append("：").append(deadline.summary());
        clock.due(deadline, why.toString());
    }

    private Deadline deadlineOf(DeadlineClock clock) {
        return workingDays.add(clock.startsOn(), clock.totalDays());
    }

    private DeadlineClock find(String subjectType, long subjectId, String purpose) {
        return clocks.of(subjectType, subjectId, purpose)
                .orElseThrow(() -> ProblemException.conflict("此事项还没有开始计时"));
    }

    private DeadlineClock running(String subjectType, long subjectId, String purpose) {
        DeadlineClock clock = find(subjectType, subjectId, purpose);
        if (clock.stoppedOn() != null) {
            throw ProblemException.conflict(clock.label() + "已于 " + clock.stoppedOn() + " 停止计时");
        }
        return clock;
    }

    private String actorName() {
        return user.authenticated() ? user.displayName() : "系统";
    }
}
