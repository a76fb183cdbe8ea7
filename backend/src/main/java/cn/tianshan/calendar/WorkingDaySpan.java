package cn.tianshan.calendar;

import java.time.LocalDate;
import java.util.List;

/** How many working days lie after {@code from} up to and including {@code to}, with the same explanation as a {@link Deadline}. */
public record WorkingDaySpan(LocalDate from, LocalDate to, int workingDays, List<DayVerdict> skipped,
                             List<DayVerdict> makeupDaysCounted, boolean provisional, List<Integer> provisionalYears,
                             List<Integer> yearsWithoutSchedule, String summary) {
}
