package cn.tianshan.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The working-day arithmetic, free of storage: weekends are off, weekdays work, and a calendar entry
 * overrides both (a holiday, or a make-up working weekend). The start day is never counted.
 */
final class WorkingDayRules {

    /** A calendar entry as the rules see it. */
    record Entry(DayKind kind, String reason) {
    }

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("M月d日");
    private static final String[] WEEKDAY = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};
    /** A deadline further than this is a mistake in the input, not a deadline. */
    static final int MAX_WORKING_DAYS = 366;

    private final Function<LocalDate, Optional<Entry>> entries;
    private final IntFunction<ScheduleStatus> schedule;

    /** {@code entries} holds, for a computed year, the statutory holidays with any entry the site office added. */
    WorkingDayRules(Function<LocalDate, Optional<Entry>> entries, IntFunction<ScheduleStatus> schedule) {
        this.entries = entries;
        this.schedule = schedule;
    }

    DayVerdict verdict(LocalDate date) {
        ScheduleStatus status = schedule.apply(date.getYear());
        Optional<Entry> entry = entries.apply(date);
        if (entry.isPresent()) {
            return entry.get().kind() == DayKind.OFF
                    ? new DayVerdict(date, false, DayVerdict.Source.HOLIDAY, entry.get().reason(), status, status.label())
                    : new DayVerdict(date, true, DayVerdict.Source.MAKEUP_WORKDAY, entry.get().reason() + "调休上班", status,
                    status.label());
        }
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        String name = WEEKDAY[date.getDayOfWeek().getValue() - 1];
        return weekend ? new DayVerdict(date, false, DayVerdict.Source.WEEKEND, name, status, status.label())
                : new DayVerdict(date, true, DayVerdict.Source.WEEKDAY, name, status, status.label());
    }

    Deadline add(LocalDate start, int workingDays) {
        if (workingDays < 0 || workingDays > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("工作日数须在 0 到 " + MAX_WORKING_DAYS + " 之间");
        }
        Walk walk = new Walk();
        LocalDate day = start;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (walk.step(day)) {
                counted++;
            }
        }
        String summary = "自" + SHORT.format(start) + "起（当日不计）" + workingDays + "个工作日，截止" + SHORT.format(day)
                + walk.explanation();
        return new Deadline(start, workingDays, day, walk.skipped, walk.makeup, !walk.provisionalYears().isEmpty(),
                walk.provisionalYears(), walk.missingYears(), summary);
    }

    WorkingDaySpan count(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("结束日期不能早于开始日期");
        }
        if (from.plusYears(5).isBefore(to)) {
            throw new IllegalArgumentException("区间最长五年");
        }
        Walk walk = new Walk();
        int counted = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (walk.step(day)) {
                counted++;
            }
        }
        String summary = SHORT.format(from) + "（不计）至" + SHORT.format(to) + "共" + counted + "个工作日" + walk.explanation();
        return new WorkingDaySpan(from, to, counted, walk.skipped, walk.makeup, !walk.provisionalYears().isEmpty(),
                walk.provisionalYears(), walk.missingYears(), summary);
    }

    /** Collects, while walking day by day, what the explanation needs. */
    private final class Walk {
        final List<DayVerdict> skipped = new ArrayList<>();
        final List<DayVerdict> makeup = new ArrayList<>();
        final TreeSet<Integer> years = new TreeSet<>();

        boolean step(LocalDate day) {
            years.add(day.getYear());
            DayVerdict verdict = verdict(day);
            if (!verdict.workingDay()) {
                skipped.add(verdict);
            } else if (verdict.source() == DayVerdict.Source.MAKEUP_WORKDAY) {
                makeup.add(verdict);
            }
            return verdict.workingDay();
        }

        List<Integer> missingYears() {
            return years.stream().filter(y -> schedule.apply(y) == ScheduleStatus.UNKNOWN).toList();
        }

        List<Integer> provisionalYears() {
            return years.stream().filter(y -> schedule.apply(y) == ScheduleStatus.COMPUTED).toList();
        }

        String explanation() {
            StringBuilder text = new StringBuilder();
            List<String> holidays = new ArrayList<>();
            long weekends = skipped.stream().filter(v -> v.source() == DayVerdict.Source.WEEKEND).count();
            skipped.stream().filter(v -> v.source() == DayVerdict.Source.HOLIDAY).map(DayVerdict::reason).distinct()
                    .forEach(reason -> holidays.add(reason + holidayRange(reason)));
            if (!holidays.isEmpty() || weekends > 0) {
                text.append("；跳过");
                List<String> parts = new ArrayList<>(holidays);
                if (weekends > 0) {
                    parts.add("周末" + weekends + "天");
                }
                text.append(String.join("、", parts));
            }
            if (!makeup.isEmpty()) {
                text.append("；调休上班计入").append(String.join("、", makeup.stream().map(v -> SHORT.format(v.date())).toList()));
            }
            List<Integer> computed = provisionalYears();
            if (!computed.isEmpty()) {
                text.append("；暂定：").append(years(computed)).append("年节假日安排尚未公布，按法定节假日推算，公布后可能调整");
            }
            List<Integer> missing = missingYears();
            if (!missing.isEmpty()) {
                text.append("；注意：").append(years(missing)).append("年没有节假日数据，仅按周末计算");
            }
            return text.append('。').toString();
        }

        private String years(List<Integer> list) {
            return String.join("、", list.stream().map(String::valueOf).toList());
        }

        private String holidayRange(String reason) {
            List<DayVerdict> days = skipped.stream().filter(v -> v.source() == DayVerdict.Source.HOLIDAY && v.reason().equals(reason)).toList();
            LocalDate first = days.get(0).date();
            LocalDate last = days.get(days.size() - 1).date();
            return first.equals(last) ? "（" + SHORT.format(first) + "）" : "（" + SHORT.format(first) + "至" + SHORT.format(last) + "）";
        }
    }
}
