package cn.tianshan.calendar;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;
import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import java.util.TreeMap;

/**
 * The days off fixed by law (全国年节及纪念日放假办法) for a year whose State Council schedule is not yet announced.
 * The lunar festivals and 清明 come from the lunar calendar and solar terms of {@code cn.6tail:lunar} (寿星
 * algorithms, China Standard Time); nothing is read from a hand-written table. ICU4J's ChineseCalendar was tried
 * first and puts 2027's and 2030's New Year a day off (their new moons fall minutes from midnight in Beijing).
 *
 * <p>The law as revised in 2013 applies from 2014; its 2024 revision from 2025 (春节 from New Year's Eve, four
 * days; 劳动节 two days). The bridging days and make-up working weekends the State Council adds each year cannot
 * be computed: such a year stays provisional until its schedule is imported.
 */
final class StatutoryHolidays {

    /** The first year these rules know; earlier years are unknown. */
    static final int FIRST_YEAR = 2014;
    static final int LAST_YEAR = 2199;

    private StatutoryHolidays() {
    }

    static boolean known(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** The year's statutory days off, each with its festival's name, in date order; empty for an unknown year. */
    static Map<LocalDate, String> of(int year) {
        Map<LocalDate, String> days = new TreeMap<>();
        if (!known(year)) {
            return days;
        }
        add(days, LocalDate.of(year, 1, 1), "元旦");
        Lunar newYear = Lunar.fromYmd(year, 1, 1);
        Lunar springStart = year >= 2025 ? newYear.next(-1) : newYear;
        for (int i = 0; i < (year >= 2025 ? 4 : 3); i++) {
            add(days, date(springStart.next(i).getSolar()), "春节");
        }
        add(days, date(newYear.getJieQiTable().get("清明")), "清明节");
        add(days, LocalDate.of(year, Month.MAY, 1), "劳动节");
        if (year >= 2025) {
            add(days, LocalDate.of(year, Month.MAY, 2), "劳动节");
        }
        add(days, date(Lunar.fromYmd(year, 5, 5).getSolar()), "端午节");
        add(days, date(Lunar.fromYmd(year, 8, 15).getSolar()), "中秋节");
        for (int day = 1; day <= 3; day++) {
            add(days, LocalDate.of(year, Month.OCTOBER, day), "国庆节");
        }
        return days;
    }

    /** Two festivals on one day (中秋 on 3 October) make one day off, named for both. */
    private static void add(Map<LocalDate, String> days, LocalDate day, String festival) {
        days.merge(day, festival, (a, b) -> a.contains(b) ? a : a + "、" + b);
    }

    private static LocalDate date(Solar solar) {
        return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
    }
}
