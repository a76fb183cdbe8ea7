package cn.tianshan.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * A due date with its explanation: the days skipped and why, the make-up working days that counted, the years
 * whose schedule is only computed ({@code provisional}: the date may still move when the schedule is announced)
 * and the years the calendar knows nothing of. {@code summary} is the sentence the UI shows next to the due date.
 */
public record Deadline(LocalDate start, int workingDays, LocalDate due, List<DayVerdict> skipped,
                       List<DayVerdict> makeupDaysCounted, boolean provisional, List<Integer> provisionalYears,
                       List<Integer> yearsWithoutSchedule, String summary) {
}
