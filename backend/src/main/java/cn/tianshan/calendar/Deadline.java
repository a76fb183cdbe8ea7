package cn.tianshan.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * A due date with its explanation: the days skipped and why, the make-up working days that counted, and
 * the years the calendar has no schedule for (there only weekends were known). {@code summary} is the
 * sentence the UI shows next to the due date.
 */
public record Deadline(LocalDate start, int workingDays, LocalDate due, List<DayVerdict> skipped,
                       List<DayVerdict> makeupDaysCounted, List<Integer> yearsWithoutSchedule, String summary) {
}
