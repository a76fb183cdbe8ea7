package cn.tianshan.calendar;

import cn.tianshan.calendar.CalendarViews.CalendarImport;
import cn.tianshan.calendar.CalendarViews.HolidayRange;
import cn.tianshan.calendar.CalendarViews.MakeupDay;
import cn.tianshan.common.error.FieldError;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a whole schedule before anything is written, reporting every wrong entry by its path in the file.
 * A schedule may reach into December of the year before and January of the year after (元旦 does).
 */
final class CalendarImportCheck {

    static final int LONGEST_HOLIDAY = 15;

    private CalendarImportCheck() {
    }

    static List<FieldError> problems(CalendarImport file) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate earliest = LocalDate.of(file.year() - 1, 12, 1);
        LocalDate latest = LocalDate.of(file.year() + 1, 1, 31);
        Map<LocalDate, String> offDays = new HashMap<>();
        for (int i = 0; i < file.holidays().size(); i++) {
            HolidayRange range = file.holidays().get(i);
            String at = "holidays[" + i + "]";
            if (range.to().isBefore(range.from())) {
                errors.add(new FieldError(at + ".to", "结束日期早于开始日期（" + range.from() + "）"));
                continue;
            }
            if (ChronoUnit.DAYS.between(range.from(), range.to()) + 1 > LONGEST_HOLIDAY) {
                errors.add(new FieldError(at + ".to", "一个假期最长 " + LONGEST_HOLIDAY + " 天"));
                continue;
            }
            if (range.from().isBefore(earliest) || range.to().isAfter(latest)) {
                errors.add(new FieldError(at + ".from", "不在 " + file.year() + " 年安排的范围内（" + earliest + " 至 " + latest + "）"));
                continue;
            }
            for (LocalDate day = range.from(); !day.isAfter(range.to()); day = day.plusDays(1)) {
                String earlier = offDays.putIfAbsent(day, at);
                if (earlier != null) {
                    errors.add(new FieldError(at, "与 " + earlier + " 在 " + day + " 重叠"));
                    break;
                }
            }
        }
        Map<LocalDate, String> workDays = new HashMap<>();
        for (int i = 0; i < file.makeupWorkdays().size(); i++) {
            MakeupDay makeup = file.makeupWorkdays().get(i);
            String at = "makeupWorkdays[" + i + "].date";
            LocalDate date = makeup.date();
            if (date.isBefore(earliest) || date.isAfter(latest)) {
                errors.add(new FieldError(at, "不在 " + file.year() + " 年安排的范围内（" + earliest + " 至 " + latest + "）"));
            } else if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                errors.add(new FieldError(at, date + " 是周一至周五：调休上班日只能是周六或周日"));
            } else if (offDays.containsKey(date)) {
                errors.add(new FieldError(at, date + " 同时是 " + offDays.get(date) + " 中的休息日"));
            } else if (workDays.putIfAbsent(date, at) != null) {
                errors.add(new FieldError(at, date + " 重复出现"));
            }
        }
        return errors;
    }
}
