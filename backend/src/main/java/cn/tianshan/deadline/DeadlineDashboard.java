package cn.tianshan.deadline;

import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.security.CurrentUser;
import cn.tianshan.common.security.Role;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.deadline.DeadlineRepositories.ClockRepository;
import cn.tianshan.deadline.DeadlineSubject.CaseFacts;
import cn.tianshan.deadline.DeadlineViews.Dashboard;
import cn.tianshan.deadline.DeadlineViews.DeadlineRow;
import cn.tianshan.deadline.DeadlineViews.StateCount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The deadline dashboard: open clocks soonest first, each with its case, state and countdown. The site office,
 * technical department and leaders see every unit; everyone else sees their own unit's.
 */
@ApplicationScoped
public class DeadlineDashboard {

    private static final int LIMIT = 500;

    private final ClockRepository clocks;
    private final Deadlines deadlines;
    private final Map<String, DeadlineSubject> subjects;
    private final CurrentUser user;
    private final Clock clock;

    DeadlineDashboard(ClockRepository clocks, Deadlines deadlines, Instance<DeadlineSubject> subjects, CurrentUser user,
                      Clock clock) {
        this.clocks = clocks;
        this.deadlines = deadlines;
        this.subjects = subjects.stream().collect(Collectors.toMap(DeadlineSubject::type, Function.identity()));
        this.user = user;
        this.clock = clock;
    }

    public Dashboard of(String unitFilter, ClockState stateFilter, String typeFilter) {
        boolean all = user.has(Role.SITE_OFFICE) || user.has(Role.TECH_OPS) || user.has(Role.LEADER);
        String unit = all ? unitFilter : user.unitCode().orElseThrow(() -> ProblemException.forbidden("您的账号未归属单位，没有可看的办理时限"));
        if (typeFilter != null && !subjects.containsKey(typeFilter)) {
            throw ProblemException.invalid("type", "没有这一类事项：" + typeFilter + "；可选：" + String.join("、", subjects.keySet()));
        }
        LocalDate today = Timestamps.now(clock).toLocalDate();
        List<DeadlineRow> rows = clocks.open(unit, LIMIT).stream()
                .filter(c -> subjects.containsKey(c.subjectType()))
                .filter(c -> typeFilter == null || typeFilter.equals(c.subjectType()))
                .map(c -> row(c, today))
                .toList();
        Map<ClockState, Long> counted = rows.stream().collect(Collectors.groupingBy(r -> r.clock().state(), Collectors.counting()));
        List<StateCount> counts = Arrays.stream(ClockState.values()).filter(ClockState::open)
                .map(s -> new StateCount(s, s.label(), counted.getOrDefault(s, 0L))).toList();
        List<DeadlineRow> shown = stateFilter == null ? rows : rows.stream().filter(r -> r.clock().state() == stateFilter).toList();
        return new Dashboard(shown, counts, all);
    }

    private DeadlineRow row(DeadlineClock c, LocalDate today) {
        DeadlineSubject subject = subjects.get(c.subjectType());
        CaseFacts facts = subject.facts(c.subjectId());
        return new DeadlineRow(c.subjectType(), subject.label(), c.subjectId(), facts.title(), facts.reference(), facts.link(),
                deadlines.summary(c, today, List.of(), List.of()));
    }
}
