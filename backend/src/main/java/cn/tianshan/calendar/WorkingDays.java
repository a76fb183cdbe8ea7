package cn.tianshan.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The deadline engine every clock in Tianshan uses: is a date a working day, what is N working days after a
 * date, how many working days lie between two dates, each with its explanation.
 *
 * <p>A year whose schedule was imported uses its entries. A year not yet announced uses the statutory holidays
 * computed from the law ({@link StatutoryHolidays}), with any entry the site office added; its answers are
 * provisional. Entries of the site's region override national ones. Years are cached for a minute (and dropped at
 * once on a local change), so another backend instance sees a calendar change within that minute.
 */
@ApplicationScoped
public class WorkingDays {

    private static final Duration CACHE_TIME = Duration.ofMinutes(1);

    private record Year(Map<LocalDate, WorkingDayRules.Entry> entries, ScheduleStatus status, Instant loadedAt) {
    }

    private final CalendarDayRepository days;
    private final CalendarScheduleRepository schedules;
    private final Clock clock;
    private final String region;
    private final Map<Integer, Year> years = new ConcurrentHashMap<>();
    private final WorkingDayRules rules = new WorkingDayRules(this::entry, y -> year(y).status());

    WorkingDays(CalendarDayRepository days, CalendarScheduleRepository schedules, Clock clock,
                @ConfigProperty(name = "tianshan.calendar.region") String region) {
        this.days = days;
        this.schedules = schedules;
        this.clock = clock;
        this.region = region;
    }

    public String region() {
        return region;
    }

    public DayVerdict verdict(LocalDate date) {
        return rules.verdict(date);
    }

    public boolean isWorkingDay(LocalDate date) {
        return rules.verdict(date).workingDay();
    }

    /** The date {@code workingDays} working days after {@code start}, the start day not counted. */
    public Deadline add(LocalDate start, int workingDays) {
        return rules.add(start, workingDays);
    }

    /** Working days after {@code from} up to and including {@code to}. */
    public WorkingDaySpan count(LocalDate from, LocalDate to) {
        return rules.count(from, to);
    }

    public ScheduleStatus status(int year) {
        return year(year).status();
    }

    void forget(int year) {
        years.remove(year);
    }

    private Optional<WorkingDayRules.Entry> entry(LocalDate date) {
        return Optional.ofNullable(year(date.getYear()).entries().get(date));
    }

    private Year year(int year) {
        Instant now = clock.instant();
        Year cached = years.get(year);
        if (cached == null || cached.loadedAt().plus(CACHE_TIME).isBefore(now)) {
            cached = load(year, now);
            years.put(year, cached);
        }
        return cached;
    }

    private Year load(int year, Instant now) {
        ScheduleStatus status = schedules.of(year, CalendarDay.NATIONAL).isPresent() ? ScheduleStatus.ANNOUNCED
                : StatutoryHolidays.known(year) ? ScheduleStatus.COMPUTED : ScheduleStatus.UNKNOWN;
        Map<LocalDate, WorkingDayRules.Entry> entries = new HashMap<>();
        if (status == ScheduleStatus.COMPUTED) {
            StatutoryHolidays.of(year).forEach((day, festival) ->
                    entries.put(day, new WorkingDayRules.Entry(DayKind.OFF, festival + "（法定节假日）")));
        }
        List<CalendarDay> found = days.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                List.of(CalendarDay.NATIONAL, region));
        found.stream().filter(d -> d.regionCode().equals(CalendarDay.NATIONAL))
                .forEach(d -> entries.put(d.day(), new WorkingDayRules.Entry(d.kind(), d.reason())));
        found.stream().filter(d -> !d.regionCode().equals(CalendarDay.NATIONAL))
                .forEach(d -> entries.put(d.day(), new WorkingDayRules.Entry(d.kind(), d.reason())));
        return new Year(Map.copyOf(entries), status, now);
    }
}
