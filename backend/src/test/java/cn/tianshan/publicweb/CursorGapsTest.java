package cn.tianshan.publicweb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A change committed late, with a lower cursor than one already read, is still picked up. */
class CursorGapsTest {

    private final Instant now = Instant.parse("2026-12-03T02:00:00Z");

    @Test
    void aMissingCursorStaysOpenUntilItArrives() {
        CursorGaps gaps = new CursorGaps(10, Duration.ofMinutes(2));
        gaps.saw(List.of(11L, 13L, 14L), now);
        assertThat(gaps.highest()).isEqualTo(14);
        assertThat(gaps.open()).containsExactly(12L);
        assertThat(gaps.safeCursor()).as("a restart reads again from below the gap").isEqualTo(11);
        gaps.saw(List.of(12L), now.plusSeconds(1));
        assertThat(gaps.open()).isEmpty();
        assertThat(gaps.safeCursor()).isEqualTo(14);
    }

    @Test
    void aGapThatNeverFillsIsARolledBackInsertAndIsDroppedAfterThePatience() {
        CursorGaps gaps = new CursorGaps(0, Duration.ofMinutes(2));
        gaps.saw(List.of(2L), now);
        gaps.expire(now.plusSeconds(60));
        assertThat(gaps.open()).containsExactly(1L);
        gaps.expire(now.plusSeconds(121));
        assertThat(gaps.open()).isEmpty();
        assertThat(gaps.safeCursor()).isEqualTo(2);
    }

    @Test
    void aHugeJumpIsNotTrackedIdById() {
        CursorGaps gaps = new CursorGaps(0, Duration.ofMinutes(2));
        gaps.saw(List.of(1_000_000L), now);
        assertThat(gaps.open()).isEmpty();
        assertThat(gaps.highest()).isEqualTo(1_000_000L);
    }
}
