package cn.tianshan.calendar;

import cn.tianshan.common.time.Timestamps;
import cn.tianshan.audit.AuditTrail;
import cn.tianshan.calendar.CalendarViews.CalendarDayView;
import cn.tianshan.calendar.CalendarViews.CalendarOutlook;
import cn.tianshan.calendar.CalendarViews.StatutoryDayView;
import cn.tianshan.calendar.CalendarViews.YearStatusView;
import cn.tianshan.calendar.CalendarViews.CalendarImport;
import cn.tianshan.calendar.CalendarViews.CalendarYearView;
import cn.tianshan.calendar.CalendarViews.DayChange;
import cn.tianshan.calendar.CalendarViews.HolidayRange;
import cn.tianshan.calendar.CalendarViews.ImportResult;
import cn.tianshan.calendar.CalendarViews.MakeupDay;
import cn.tianshan.common.error.FieldError;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.security.AccessPolicy;
import cn.tianshan.common.security.CurrentUser;
import cn.tianshan.common.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The site office's calendar maintenance: view a year, change or remove a day, import a year's schedule. */
@ApplicationScoped
public class CalendarService {

    private final CalendarDayRepository days;
    private final CalendarScheduleRepository schedules;
    private final jakarta.enterprise.event.Event<CalendarChanged> changed;
    private final WorkingDays workingDays;
    private final AccessPolicy access;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionSynchronizationRegistry transactions;

    CalendarService(CalendarDayRepository days, CalendarScheduleRepository schedules,
                    jakarta.enterprise.event.Event<CalendarChanged> changed, WorkingDays workingDays, AccessPolicy access,
                    CurrentUser user, AuditTrail audit, Clock clock, TransactionSynchronizationRegistry transactions) {
        this.schedules = schedules;
        this.changed = changed;
        this.transactions = transactions;
        this.days = days;
        this.workingDays = workingDays;
        this.access = access;
        this.user = user;
        this.audit = audit;
        this.clock = clock;
    }

    public CalendarYearView year(int year) {
        if (year < 2000 || year > 2100) {
            throw ProblemException.invalid("year", "年份须在 2000 到 2100 之间");
        }
        List<CalendarDayView> entries = days.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                List.of(CalendarDay.NATIONAL, workingDays.region())).stream().map(CalendarDayView::of).toList();
        ScheduleStatus status = workingDays.status(year);
        Optional<CalendarSchedule> schedule = schedules.of(year, CalendarDay.NATIONAL);
        List<StatutoryDayView> statutory = status == ScheduleStatus.COMPUTED
                ? StatutoryHolidays.of(year).entrySet().stream().map(e -> new StatutoryDayView(e.getKey(), e.getValue())).toList()
                : List.of();
        return new CalendarYearView(year, workingDays.region(), status == ScheduleStatus.ANNOUNCED, status, status.label(),
                schedule.map(CalendarSchedule::notice).orElse(null), schedule.map(CalendarSchedule::importedAt).orElse(null),
                schedule.map(CalendarSchedule::importedByName).orElse(null), entries, statutory);
    }

    /** This year and next, and from 1 November on a warning while next year's schedule is not imported. */
    public CalendarOutlook outlook() {
        LocalDate today = Timestamps.now(clock).toLocalDate();
        YearStatusView current = yearStatus(today.getYear());
        YearStatusView next = yearStatus(today.getYear() + 1);
        return new CalendarOutlook(today, current, next, warning(today, next.status()));
    }

    /** From 1 November on, until next year's schedule is imported, the site office is warned. */
    static String warning(LocalDate today, ScheduleStatus nextYear) {
        if (today.getMonthValue() < 11 || nextYear == ScheduleStatus.ANNOUNCED) {
            return null;
        }
        int year = today.getYear() + 1;
        return year + "年节假日安排尚未导入：" + year + "年的期限目前按法定节假日推算（暂定），不含调休。"
                + "国务院办公厅公布后，请在“工作日历”中导入，系统会重新计算所有未完成事项的期限。";
    }

    private YearStatusView yearStatus(int year) {
        ScheduleStatus status = workingDays.status(year);
        Optional<CalendarSchedule> schedule = schedules.of(year, CalendarDay.NATIONAL);
        return new YearStatusView(year, status, status.label(), schedule.map(CalendarSchedule::notice).orElse(null),
                schedule.map(CalendarSchedule::importedAt).orElse(null));
    }

    @Transactional
    public CalendarDayView setDay(LocalDate date, @Valid DayChange change) {
        access.require(Role.SITE_OFFICE);
        if (change.kind() == DayKind.WORK && !isWeekend(date)) {
            throw ProblemException.invalid("kind", date + " 是周一至周五，本来就是工作日；调休上班日只能是周六或周日");
        }
        String region = region(change.region());
        LocalDateTime now = Timestamps.now(clock);
        String notice = blankToNull(change.notice());
        CalendarDay entry = days.find(date, region).orElse(null);
        if (entry == null) {
            entry = CalendarDay.of(date, region, change.kind(), change.reason().trim(), notice, date.getYear(),
                    user.username(), now);
            days.persist(entry);
        } else {
            entry.change(change.kind(), change.reason().trim(), notice, user.username(), now);
        }
        audit.target("calendar-day", date + regionSuffix(region));
        forgetAfterCommit(date.getYear());
        changed.fire(new CalendarChanged(Set.of(date.getYear()), user.displayName() + "将" + date + "设为"
                + (change.kind() == DayKind.OFF ? "休息日（" : "调休上班日（") + change.reason().trim() + "）"));
        return CalendarDayView.of(entry);
    }

    @Transactional
    public void removeDay(LocalDate date, String requestedRegion) {
        access.require(Role.SITE_OFFICE);
        String region = region(requestedRegion);
        CalendarDay entry = days.find(date, region)
                .orElseThrow(() -> ProblemException.notFound("日历条目", date + regionSuffix(region)));
        days.delete(entry);
        audit.target("calendar-day", date + regionSuffix(region));
        forgetAfterCommit(date.getYear());
        changed.fire(new CalendarChanged(Set.of(date.getYear()), user.displayName() + "删除了" + date + "的日历条目"));
    }

    /** Replaces the year's schedule for the region, all or nothing: one wrong entry and nothing changes. */
    @Transactional
    public ImportResult importYear(@Valid CalendarImport file) {
        access.require(Role.SITE_OFFICE);
        List<FieldError> problems = CalendarImportCheck.problems(file);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        String region = region(file.region());
        String notice = blankToNull(file.notice());
        LocalDateTime now = Timestamps.now(clock);
        List<CalendarDay> entries = new ArrayList<>();
        for (HolidayRange range : file.holidays()) {
            for (LocalDate day = range.from(); !day.isAfter(range.to()); day = day.plusDays(1)) {
                entries.add(CalendarDay.of(day, region, DayKind.OFF, range.name().trim(), notice, file.year(), user.username(), now));
            }
        }
        for (MakeupDay makeup : file.makeupWorkdays()) {
            entries.add(CalendarDay.of(makeup.date(), region, DayKind.WORK, makeup.name().trim(), notice, file.year(),
                    user.username(), now));
        }
        long replaced = days.deleteSchedule(file.year(), region, entries.stream().map(CalendarDay::day).toList());
        days.flush();
        days.persist(entries);
        schedules.of(file.year(), region).ifPresentOrElse(
                s -> s.reimported(notice, user.username(), user.displayName(), now),
                () -> schedules.persist(CalendarSchedule.of(file.year(), region, notice, user.username(), user.displayName(), now)));
        audit.target("calendar-year", file.year() + regionSuffix(region));
        Set<Integer> touched = Set.of(file.year() - 1, file.year(), file.year() + 1);
        touched.forEach(this::forgetAfterCommit);
        changed.fire(new CalendarChanged(touched, user.displayName() + "导入了" + file.year() + "年节假日安排"
                + (notice == null ? "" : "（" + notice + "）")));
        int off = (int) entries.stream().filter(e -> e.kind() == DayKind.OFF).count();
        return new ImportResult(file.year(), region, off, entries.size() - off, replaced);
    }

    /** Drops the cached year now and again once the transaction ends, so no reader keeps the old days. */
    private void forgetAfterCommit(int year) {
        workingDays.forget(year);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                workingDays.forget(year);
            }
        });
    }

    private String region(String requested) {
        String region = requested == null ? CalendarDay.NATIONAL : requested.trim();
        if (!region.isEmpty() && !region.equals(workingDays.region())) {
            throw ProblemException.invalid("region", "本网站所在地区代码为 " + workingDays.region()
                    + "，地区 " + region + " 的安排不会被使用");
        }
        return region;
    }

    private static String regionSuffix(String region) {
        return region.isEmpty() ? "" : "@" + region;
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
