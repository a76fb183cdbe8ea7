package cn.tianshan.calendar;

import java.time.LocalDate;

/**
 * Whether a date is a working day, and why: an ordinary weekday or weekend, or a calendar entry (a holiday, or a
 * weekend announced as a make-up working day); and whether its year's schedule is announced, computed or unknown.
 */
public record DayVerdict(LocalDate date, boolean workingDay, Source source, String reason, ScheduleStatus schedule,
                         String scheduleLabel) {

    public enum Source { WEEKDAY, WEEKEND, HOLIDAY, MAKEUP_WORKDAY }
}
