package cn.tianshan.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The statutory days off computed from the law and the lunar calendar, checked against the State Council's own
 * schedules for years already announced (2025, 2026: every statutory day is among their days off) and against
 * the festival dates published for the years ahead.
 */
class StatutoryHolidaysTest {

    @Test
    void from2025SpringFestivalStartsOnNewYearsEveForFourDaysAndLabourDayIsTwo() {
        Map<LocalDate, String> days = StatutoryHolidays.of(2025);
        assertThat(days).containsEntry(LocalDate.of(2025, 1, 28), "春节").containsEntry(LocalDate.of(2025, 1, 31), "春节")
                .doesNotContainKey(LocalDate.of(2025, 2, 1))
                .containsEntry(LocalDate.of(2025, 5, 2), "劳动节")
                .containsEntry(LocalDate.of(2025, 4, 4), "清明节")
                .containsEntry(LocalDate.of(2025, 5, 31), "端午节")
                .containsEntry(LocalDate.of(2025, 10, 6), "中秋节");
        assertThat(days).hasSize(13);
    }

    @Test
    void before2025SpringFestivalIsThreeDaysFromNewYearAndLabourDayOne() {
        Map<LocalDate, String> days = StatutoryHolidays.of(2024);
        assertThat(days).containsEntry(LocalDate.of(2024, 2, 10), "春节").containsEntry(LocalDate.of(2024, 2, 12), "春节")
                .doesNotContainKey(LocalDate.of(2024, 2, 9)).doesNotContainKey(LocalDate.of(2024, 5, 2));
        assertThat(days).hasSize(11);
    }

    @Test
    void everyStatutoryDayOf2026IsAmongTheAnnouncedDaysOff() {
        // 国务院办公厅关于2026年部分节假日安排的通知 (REQUIREMENTS §8)
        String[][] off = {{"2026-01-01", "2026-01-03"}, {"2026-02-15", "2026-02-23"}, {"2026-04-04", "2026-04-06"},
                {"2026-05-01", "2026-05-05"}, {"2026-06-19", "2026-06-21"}, {"2026-09-25", "2026-09-27"}, {"2026-10-01", "2026-10-07"}};
        for (LocalDate day : StatutoryHolidays.of(2026).keySet()) {
            boolean announced = false;
            for (String[] range : off) {
                announced |= !day.isBefore(LocalDate.parse(range[0])) && !day.isAfter(LocalDate.parse(range[1]));
            }
            assertThat(announced).as("%s is off in the announced 2026 schedule", day).isTrue();
        }
    }

    @Test
    void theYearsAheadFollowTheLunarCalendarToTheDay() {
        assertThat(StatutoryHolidays.of(2027)).containsEntry(LocalDate.of(2027, 1, 1), "元旦")
                .containsEntry(LocalDate.of(2027, 2, 5), "春节").containsEntry(LocalDate.of(2027, 2, 8), "春节")
                .containsEntry(LocalDate.of(2027, 4, 5), "清明节").containsEntry(LocalDate.of(2027, 6, 9), "端午节")
                .containsEntry(LocalDate.of(2027, 9, 15), "中秋节");
        // New moons within minutes of midnight, Beijing time: the New Year is 3 February 2030, its eve the 2nd.
        assertThat(StatutoryHolidays.of(2030)).containsEntry(LocalDate.of(2030, 2, 2), "春节")
                .containsEntry(LocalDate.of(2030, 2, 5), "春节").doesNotContainKey(LocalDate.of(2030, 2, 1));
    }

    @Test
    void midAutumnOnNationalDayIsOneDayNamedForBoth() {
        assertThat(StatutoryHolidays.of(2028)).containsEntry(LocalDate.of(2028, 10, 3), "中秋节、国庆节");
    }

    @Test
    void yearsBeforeTheRulesAreUnknown() {
        assertThat(StatutoryHolidays.known(2013)).isFalse();
        assertThat(StatutoryHolidays.of(2013)).isEmpty();
        assertThat(StatutoryHolidays.known(2014)).isTrue();
    }
}
