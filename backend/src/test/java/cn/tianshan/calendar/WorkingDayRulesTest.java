package cn.tianshan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The arithmetic on a hand-made calendar; WorkingDaysOfficialScheduleTest runs the same rules on the seeded data. */
class WorkingDayRulesTest {

    private static final LocalDate MONDAY = LocalDate.of(2030, 3, 4);
    private final Map<LocalDate, WorkingDayRules.Entry> entries = Map.of(
            LocalDate.of(2030, 3, 6), new WorkingDayRules.Entry(DayKind.OFF, "测试节"),
            LocalDate.of(2030, 3, 9), new WorkingDayRules.Entry(DayKind.WORK, "测试节"));
    private final WorkingDayRules rules = new WorkingDayRules(d -> Optional.ofNullable(entries.get(d)),
            y -> y == 2030 ? ScheduleStatus.ANNOUNCED : y == 2031 ? ScheduleStatus.COMPUTED : ScheduleStatus.UNKNOWN);

    @Test
    void theStartDayIsNotCounted() {
        assertThat(rules.add(MONDAY, 1).due()).isEqualTo(MONDAY.plusDays(1));
    }

    @Test
    void zeroWorkingDaysIsTheStartDay() {
        assertThat(rules.add(MONDAY, 0).due()).isEqualTo(MONDAY);
    }

    @Test
    void aHolidayIsSkippedAndAMakeUpSaturdayCounts() {
        Deadline deadline = rules.add(MONDAY, 4);
        // Tue 5 (1), Wed 6 off, Thu 7 (2), Fri 8 (3), Sat 9 make-up (4)
        assertThat(deadline.due()).isEqualTo(LocalDate.of(2030, 3, 9));
        assertThat(deadline.skipped()).extracting(DayVerdict::date).containsExactly(LocalDate.of(2030, 3, 6));
        assertThat(deadline.makeupDaysCounted()).extracting(DayVerdict::date).containsExactly(LocalDate.of(2030, 3, 9));
        assertThat(deadline.summary()).contains("测试节").contains("调休上班计入3月9日");
    }

    @Test
    void weekendsAreSkippedWhenNothingElseIsKnown() {
        Deadline deadline = rules.add(LocalDate.of(2030, 3, 15), 1);
        assertThat(deadline.due()).isEqualTo(LocalDate.of(2030, 3, 18));
        assertThat(deadline.skipped()).extracting(DayVerdict::source)
                .containsExactly(DayVerdict.Source.WEEKEND, DayVerdict.Source.WEEKEND);
    }

    @Test
    void aComputedYearMakesTheDeadlineProvisionalAndSaysSo() {
        Deadline deadline = rules.add(LocalDate.of(2030, 12, 30), 5);
        assertThat(deadline.provisional()).isTrue();
        assertThat(deadline.provisionalYears()).containsExactly(2031);
        assertThat(deadline.yearsWithoutSchedule()).isEmpty();
        assertThat(deadline.summary()).contains("暂定：2031年节假日安排尚未公布");
        assertThat(deadline.skipped()).extracting(DayVerdict::schedule).containsOnly(ScheduleStatus.COMPUTED);
    }

    @Test
    void aYearTheCalendarKnowsNothingOfIsNamedInTheExplanation() {
        Deadline deadline = rules.add(LocalDate.of(2031, 12, 29), 5);
        assertThat(deadline.provisional()).isTrue();
        assertThat(deadline.yearsWithoutSchedule()).containsExactly(2032);
        assertThat(deadline.summary()).contains("2032年没有节假日数据，仅按周末计算");
    }

    @Test
    void anAnnouncedYearIsNotProvisional() {
        assertThat(rules.add(MONDAY, 4).provisional()).isFalse();
    }

    @Test
    void countingIsTheInverseOfAdding() {
        for (int n = 0; n < 30; n++) {
            Deadline deadline = rules.add(MONDAY, n);
            assertThat(rules.count(MONDAY, deadline.due()).workingDays()).isEqualTo(n);
        }
    }

    @Test
    void nonsenseSpansAreRefused() {
        assertThatThrownBy(() -> rules.add(MONDAY, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rules.count(MONDAY, MONDAY.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
