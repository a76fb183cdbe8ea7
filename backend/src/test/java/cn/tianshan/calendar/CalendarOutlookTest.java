package cn.tianshan.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** From 1 November the site office is warned until next year's schedule is loaded. */
class CalendarOutlookTest {

    @Test
    void noWarningBeforeNovember() {
        assertThat(CalendarService.warning(LocalDate.of(2026, 10, 31), ScheduleStatus.COMPUTED)).isNull();
    }

    @Test
    void fromTheFirstOfNovemberUntilTheScheduleIsImported() {
        assertThat(CalendarService.warning(LocalDate.of(2026, 11, 1), ScheduleStatus.COMPUTED))
                .startsWith("2027年节假日安排尚未导入").contains("暂定");
        assertThat(CalendarService.warning(LocalDate.of(2026, 12, 31), ScheduleStatus.UNKNOWN)).isNotNull();
        assertThat(CalendarService.warning(LocalDate.of(2026, 12, 2), ScheduleStatus.ANNOUNCED)).isNull();
    }
}
