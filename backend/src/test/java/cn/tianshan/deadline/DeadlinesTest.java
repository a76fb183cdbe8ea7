package cn.tianshan.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.tianshan.deadline.DeadlineViews.ClockView;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Clocks on the real calendar of REQUIREMENTS §8 (2026: National Day 10-01..10-07, make-up working days 02-28 and
 * 10-10): the dates below were counted by hand from the State Council's schedule.
 */
@QuarkusTest
class DeadlinesTest {

    private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @Inject
    Deadlines deadlines;

    private long start(LocalDate on, int days) {
        long id = IDS.incrementAndGet();
        QuarkusTransaction.requiringNew().run(() -> deadlines.start("test-case", id, "reply", "答复时限", null, on, days));
        return id;
    }

    private ClockView view(long id, LocalDate today) {
        // a transaction of its own: what is committed now, not what this test's session saw before
        return QuarkusTransaction.requiringNew().call(() -> deadlines.of("test-case", id, today).get(0));
    }

    @Test
    void aLetterReceivedTheWorkingDayBeforeNationalDayIsDueAfterTheHolidayCountingTheMakeUpSaturday() {
        long id = start(LocalDate.of(2026, 9, 30), 5);
        ClockView c = view(id, LocalDate.of(2026, 9, 30));
        // 10-08, 10-09, 10-10 (make-up Saturday), 10-12, 10-13
        assertThat(c.dueOn()).isEqualTo(LocalDate.of(2026, 10, 13));
        assertThat(c.explanation()).as(c.explanation()).contains("国庆").contains("调休上班计入10月10日");
        assertThat(c.state()).isEqualTo(ClockState.ON_TIME);
        assertThat(c.remainingWorkingDays()).isEqualTo(5);
    }

    @Test
    void aLetterReceivedOnAMakeUpSaturdayStartsCountingOnMonday() {
        long id = start(LocalDate.of(2026, 2, 28), 5);
        assertThat(view(id, LocalDate.of(2026, 2, 28)).dueOn()).isEqualTo(LocalDate.of(2026, 3, 6));
    }

    @Test
    void anExtensionToTenWorkingDaysAndAPauseMoveTheDueDate() {
        long id = start(LocalDate.of(2026, 9, 30), 5);
        QuarkusTransaction.requiringNew().run(() -> deadlines.extend("test-case", id, "reply", 5, "涉及多个单位", LocalDate.of(2026, 10, 9)));
        assertThat(view(id, LocalDate.of(2026, 10, 9)).dueOn()).isEqualTo(LocalDate.of(2026, 10, 20));

        long paused = start(LocalDate.of(2026, 3, 2), 5);
        assertThat(view(paused, LocalDate.of(2026, 3, 2)).dueOn()).isEqualTo(LocalDate.of(2026, 3, 9));
        QuarkusTransaction.requiringNew().run(() -> deadlines.pause("test-case", paused, "reply", LocalDate.of(2026, 3, 4), "等待来信人补充说明"));
        assertThat(view(paused, LocalDate.of(2026, 3, 20)).state()).isEqualTo(ClockState.PAUSED);
        QuarkusTransaction.requiringNew().run(() -> deadlines.resume("test-case", paused, "reply", LocalDate.of(2026, 3, 6)));
        ClockView resumed = view(paused, LocalDate.of(2026, 3, 6));
        // 03-05 and 03-06 did not count: two working days later than 03-09
        assertThat(resumed.dueOn()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(resumed.pausedDays()).isEqualTo(2);
        assertThat(resumed.pauses()).singleElement().satisfies(p -> assertThat(p.workingDays()).isEqualTo(2));
    }

    @Test
    void aDisclosureReplyClockRestartsOnTheSupplementExtendsByTwentyAndPausesForAThirdParty() {
        long id = start(LocalDate.of(2026, 9, 30), 20);
        assertThat(view(id, LocalDate.of(2026, 9, 30)).dueOn()).isEqualTo(LocalDate.of(2026, 11, 3));
        QuarkusTransaction.requiringNew().run(() -> deadlines.pause("test-case", id, "reply", LocalDate.of(2026, 10, 8), "等待申请人补正"));
        QuarkusTransaction.requiringNew().run(() -> deadlines.restart("test-case", id, "reply", LocalDate.of(2026, 10, 12), "申请人补正"));
        assertThat(view(id, LocalDate.of(2026, 10, 12)).dueOn()).isEqualTo(LocalDate.of(2026, 11, 9));
        QuarkusTransaction.requiringNew().run(() -> deadlines.pause("test-case", id, "reply", LocalDate.of(2026, 10, 14), "征求第三方意见"));
        QuarkusTransaction.requiringNew().run(() -> deadlines.resume("test-case", id, "reply", LocalDate.of(2026, 11, 4)));
        assertThat(view(id, LocalDate.of(2026, 11, 4)).dueOn()).isEqualTo(LocalDate.of(2026, 11, 30));
        QuarkusTransaction.requiringNew().run(() -> deadlines.extend("test-case", id, "reply", 20, "需要调取档案", LocalDate.of(2026, 11, 20)));
        ClockView extended = view(id, LocalDate.of(2026, 11, 20));
        assertThat(extended.dueOn()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(extended.explanation()).contains("延期 20").contains("暂停期间 15");
    }

    @Test
    void theStateIsDerivedFromTheDueDateAndToday() {
        long id = start(LocalDate.of(2026, 3, 2), 5);
        assertThat(view(id, LocalDate.of(2026, 3, 5)).state()).isEqualTo(ClockState.ON_TIME);
        assertThat(view(id, LocalDate.of(2026, 3, 6)).state()).isEqualTo(ClockState.DUE_SOON);
        assertThat(view(id, LocalDate.of(2026, 3, 9)).state()).isEqualTo(ClockState.DUE_SOON);
        assertThat(view(id, LocalDate.of(2026, 3, 10)).state()).isEqualTo(ClockState.OVERDUE);
        assertThat(view(id, LocalDate.of(2026, 3, 10)).remainingWorkingDays()).isEqualTo(-1);
        assertThat(view(id, LocalDate.of(2026, 3, 16)).state()).isEqualTo(ClockState.LONG_OVERDUE);
        QuarkusTransaction.requiringNew().run(() -> deadlines.stop("test-case", id, "reply", LocalDate.of(2026, 3, 10)));
        assertThat(view(id, LocalDate.of(2026, 4, 1)).state()).isEqualTo(ClockState.DONE_LATE);
    }

    @Test
    void aYearWithoutCalendarDataIsFlagged() {
        long id = start(LocalDate.of(2031, 12, 29), 5);
        assertThat(view(id, LocalDate.of(2031, 12, 29)).provisional()).isTrue();
    }
}
