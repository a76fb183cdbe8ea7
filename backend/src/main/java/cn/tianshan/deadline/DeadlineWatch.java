package cn.tianshan.deadline;

import cn.tianshan.audit.AuditEntry;
import cn.tianshan.audit.AuditLog;
import cn.tianshan.calendar.WorkingDays;
import cn.tianshan.common.security.Role;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.deadline.DeadlineRepositories.AlertRepository;
import cn.tianshan.deadline.DeadlineRepositories.ClockRepository;
import cn.tianshan.deadline.DeadlineSubject.CaseFacts;
import cn.tianshan.notification.Notifications;
import cn.tianshan.org.OrgViews.PersonRef;
import cn.tianshan.org.Organisation;
import cn.tianshan.org.People;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reminds and escalates: a running clock with a working day or less left reminds its handlers; once overdue it
 * climbs the ladder — handler and unit head, then (after {@code leader-after-days}) the leader in charge, then
 * (long overdue) the site office. Each rung is sent once per due date: every clock is handled under its row
 * lock and the alert row's unique key, so a second run or a second node never tells anyone twice.
 */
@ApplicationScoped
public class DeadlineWatch {

    private final ClockRepository clocks;
    private final AlertRepository alerts;
    private final Deadlines deadlines;
    private final WorkingDays workingDays;
    private final Map<String, DeadlineSubject> subjects;
    private final Organisation organisation;
    private final People people;
    private final Notifications notifications;
    private final AuditLog audit;
    private final int leaderAfterDays;
    private final int longOverdueDays;
    private final Clock clock;

    DeadlineWatch(ClockRepository clocks, AlertRepository alerts, Deadlines deadlines, WorkingDays workingDays,
                  Instance<DeadlineSubject> subjects, Organisation organisation, People people, Notifications notifications,
                  AuditLog audit, @ConfigProperty(name = "tianshan.deadlines.leader-after-days") int leaderAfterDays,
                  @ConfigProperty(name = "tianshan.deadlines.long-overdue-days") int longOverdueDays, Clock clock) {
        this.clocks = clocks;
        this.alerts = alerts;
        this.deadlines = deadlines;
        this.workingDays = workingDays;
        this.subjects = subjects.stream().collect(Collectors.toMap(DeadlineSubject::type, Function.identity()));
        this.organisation = organisation;
        this.people = people;
        this.notifications = notifications;
        this.audit = audit;
        this.leaderAfterDays = leaderAfterDays;
        this.longOverdueDays = longOverdueDays;
        this.clock = clock;
    }

    @Scheduled(every = "${tianshan.deadlines.watch-every:15m}", delayed = "${tianshan.deadlines.watch-delay:45s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        watch(Timestamps.now(clock));
    }

    /** What was sent in this run, one line each. */
    @ActivateRequestContext
    public List<String> watch(LocalDateTime now) {
        List<String> sent = new ArrayList<>();
        // a clock due within a week may have a working day or less left (holidays in between)
        for (long id : clocks.runningDueBy(now.toLocalDate().plusDays(7))) {
            sent.addAll(watchOne(id, now));
        }
        return sent;
    }

    @Transactional
    List<String> watchOne(long clockId, LocalDateTime now) {
        DeadlineClock c = clocks.lock(clockId).orElse(null);
        if (c == null || c.stoppedOn() != null || c.pausedSince() != null || !subjects.containsKey(c.subjectType())) {
            return List.of();
        }
        LocalDate today = now.toLocalDate();
        ClockState state = deadlines.state(c, today);
        DeadlineSubject subject = subjects.get(c.subjectType());
        CaseFacts facts = subject.facts(c.subjectId());
        List<String> sent = new ArrayList<>();
        if (state == ClockState.DUE_SOON) {
            alert(c, Rung.REMINDER, facts.handlers(), subject, facts, now, "将于 " + c.dueOn() + " 到期", sent);
        }
        if (state == ClockState.OVERDUE || state == ClockState.LONG_OVERDUE) {
            int late = workingDays.count(c.dueOn(), today).workingDays();
            String lateText = "已于 " + c.dueOn() + " 到期，超期 " + late + " 个工作日";
            List<String> rung1 = new ArrayList<>(facts.handlers());
            rung1.addAll(unitHeads(c.unitCode()));
            alert(c, Rung.HANDLER_AND_HEAD, rung1, subject, facts, now, lateText, sent);
            if (late >= leaderAfterDays && c.unitCode() != null) {
                alert(c, Rung.LEADER, organisation.leaderOf(c.unitCode()).map(PersonRef::username).stream().toList(),
                        subject, facts, now, lateText, sent);
            }
            if (late >= longOverdueDays) {
                alert(c, Rung.SITE_OFFICE, people.holding(Role.SITE_OFFICE, null), subject, facts, now, lateText, sent);
            }
        }
        return sent;
    }

    private void alert(DeadlineClock c, Rung rung, List<String> recipients, DeadlineSubject subject, CaseFacts facts,
                       LocalDateTime now, String when, List<String> sent) {
        if (alerts.sent(c.id(), rung, c.dueOn())) {
            return;
        }
        String names = recipients.isEmpty() ? "（无人可通知：请检查单位负责人、分管领导设置）"
                : recipients.stream().distinct().map(people::nameOf).collect(Collectors.joining("、"));
        String title = subject.label() + "“" + facts.title() + "”" + c.label() + (rung == Rung.REMINDER ? "即将到期" : "已超期");
        String body = subject.label() + " " + facts.reference() + "（" + (c.unitCode() == null ? "" : organisation.nameOf(c.unitCode()))
                + "承办）的" + c.label() + when + "。" + rung.label() + "。请尽快办理。";
        notifications.sendAlsoByEmail(recipients, "deadline." + rung.name().toLowerCase(), title, body, facts.link());
        alerts.persist(DeadlineAlert.of(c.id(), rung, c.dueOn(), now, names, when));
        audit.appendInTransaction(new AuditEntry(now, "system:deadline-watch", c.unitCode(), null,
                "deadline." + rung.name().toLowerCase(), c.subjectType(), String.valueOf(c.subjectId()),
                AuditEntry.Outcome.SUCCESS, null, null, null, null));
        sent.add(facts.reference() + " " + c.label() + "：" + rung.label() + " → " + names);
    }

    private List<String> unitHeads(String unitCode) {
        return unitCode == null ? List.of() : people.holding(Role.UNIT_HEAD, unitCode);
    }
}
