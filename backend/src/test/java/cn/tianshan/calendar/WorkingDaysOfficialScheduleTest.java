package cn.tianshan.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The deadline engine on the official 2025 and 2026 schedules seeded by Liquibase, in the real database. */
@QuarkusTest
class WorkingDaysOfficialScheduleTest {

    @Inject
    WorkingDays workingDays;

    private LocalDate due(String start, int days) {
        return workingDays.add(LocalDate.parse(start), days).due();
    }

    @Test
    void nationalDay2025WithItsMakeUpWeekends() {
        assertThat(due("2025-09-26", 7)).isEqualTo("2025-10-13");
    }

    @Test
    void labourDay2026() {
        assertThat(due("2026-04-30", 3)).isEqualTo("2026-05-08");
    }

    @Test
    void springFestival2025CountsTheMakeUpSundayBeforeIt() {
        // 01-25 Sat off, 01-26 Sun make-up (1), 01-27 (2), 01-28..02-04 off, 02-05 (3)
        assertThat(due("2025-01-24", 3)).isEqualTo("2025-02-05");
        // 02-05 (1), 02-06 (2), 02-07 (3), 02-08 Sat make-up (4)
        assertThat(due("2025-02-04", 4)).isEqualTo("2025-02-08");
    }

    @Test
    void springFestival2026() {
        // 02-14 Sat make-up (1), 02-15..02-23 off, 02-24 (2)
        assertThat(due("2026-02-13", 2)).isEqualTo("2026-02-24");
        // 02-24..02-27 (4), 02-28 Sat make-up (5)
        assertThat(due("2026-02-23", 5)).isEqualTo("2026-02-28");
    }

    @Test
    void nationalDay2026() {
        assertThat(due("2026-09-30", 1)).isEqualTo("2026-10-08");
        assertThat(due("2026-10-09", 1)).isEqualTo("2026-10-10");
        assertThat(due("2026-09-18", 2)).isEqualTo("2026-09-21");
        assertThat(due("2026-09-19", 1)).isEqualTo("2026-09-20");
    }

    @Test
    void newYear2026RunsIntoASundayMakeUpDay() {
        assertThat(due("2025-12-31", 1)).isEqualTo("2026-01-04");
    }

    @Test
    void verdictsSayWhy() {
        DayVerdict makeup = workingDays.verdict(LocalDate.parse("2025-10-11"));
        assertThat(makeup.workingDay()).isTrue();
        assertThat(makeup.source()).isEqualTo(DayVerdict.Source.MAKEUP_WORKDAY);
        DayVerdict holiday = workingDays.verdict(LocalDate.parse("2025-10-08"));
        assertThat(holiday.workingDay()).isFalse();
        assertThat(holiday.reason()).isEqualTo("国庆节、中秋节");
        assertThat(workingDays.verdict(LocalDate.parse("2026-06-19")).reason()).isEqualTo("端午节");
    }

    @Test
    void countingAcrossNationalDay() {
        WorkingDaySpan span = workingDays.count(LocalDate.parse("2025-09-30"), LocalDate.parse("2025-10-13"));
        assertThat(span.workingDays()).isEqualTo(4);
        assertThat(span.skipped()).hasSize(9);
        assertThat(span.summary()).contains("国庆节、中秋节（10月1日至10月8日）");
    }

    @Test
    void theExplanationNamesTheHolidayAndTheMakeUpDays() {
        Deadline deadline = workingDays.add(LocalDate.parse("2025-09-26"), 7);
        assertThat(deadline.makeupDaysCounted()).extracting(DayVerdict::date)
                .containsExactly(LocalDate.parse("2025-09-28"), LocalDate.parse("2025-10-11"));
        assertThat(deadline.summary()).isEqualTo(
                "自9月26日起（当日不计）7个工作日，截止10月13日；跳过国庆节、中秋节（10月1日至10月8日）、周末2天；调休上班计入9月28日、10月11日。");
    }
}
