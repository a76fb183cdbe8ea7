package cn.tianshan.calendar;

import java.time.LocalDate;

/**
 * Whether a date is a working day, and why: an ordinary weekday or weekend, or a calendar entry (a holiday,
 * or a weekend announced as a make-up working day).
 */
public record DayVerdict(LocalDate date, boolean workingDay, Source source, String reason) {

    public enum Source { WEEKDAY, WEEKEND, HOLIDAY, MAKEUP_WORKDAY }
}
