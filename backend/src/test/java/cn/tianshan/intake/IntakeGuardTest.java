package cn.tianshan.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.tianshan.common.error.ProblemException;
import cn.tianshan.testing.PublicIntake;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The guard with tight limits, against the real database windows every node shares. */
@QuarkusTest
class IntakeGuardTest {

    @Inject
    RateWindows windows;
    @Inject
    Clock clock;

    private IntakeGuard guard(Clock at, int perAddress, int global) {
        return new IntakeGuard(windows, at, "test-secret", 8, perAddress, global, 5, 20);
    }

    @Test
    void aSecondSubmissionFromOneAddressWithinTheHourIsRefusedWithRetryAfter() {
        IntakeGuard guard = guard(clock, 2, 1000);
        String channel = "test-" + System.nanoTime();
        guard.admit(channel, "10.0.0.1");
        guard.admit(channel, "10.0.0.1");
        assertThatThrownBy(() -> guard.admit(channel, "10.0.0.1")).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(429);
            assertThat(e.retryAfterSeconds()).isBetween(1L, 3601L);
        });
        guard.admit(channel, "10.0.0.2");
    }

    @Test
    void theGlobalLimitHoldsForEveryoneTogether() {
        IntakeGuard guard = guard(clock, 1000, 3);
        String channel = "test-" + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            guard.admit(channel, "10.1.0." + i);
        }
        assertThatThrownBy(() -> guard.admit(channel, "10.1.0.99")).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.getMessage()).contains("人太多"));
    }

    /** As a submission does: check, then spend within its transaction. */
    private static void verify(IntakeGuard guard, ChallengeAnswer answer) {
        guard.check(answer);
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> guard.spend(answer));
    }

    @Test
    void aChallengeIsAcceptedOnceSolvedSignedAndFresh() {
        IntakeGuard guard = guard(clock, 1000, 1000);
        Challenge c = guard.challenge();
        assertThat(c.difficulty()).isEqualTo(8);
        long solution = PublicIntake.solve(c.nonce(), c.difficulty());
        long wrong = solution + 1;
        while (IntakeGuard.solves(c.nonce(), wrong, c.difficulty())) {
            wrong++;
        }
        long unsolved = wrong;
        assertThatThrownBy(() -> verify(guard, new ChallengeAnswer(c.nonce(), c.difficulty(), c.expiresAt(), c.signature(), unsolved)))
                .hasMessageContaining("未通过");
        assertThatThrownBy(() -> verify(guard, new ChallengeAnswer(c.nonce(), c.difficulty(), c.expiresAt() + 3600, c.signature(), solution)))
                .hasMessageContaining("无效");
        verify(guard, new ChallengeAnswer(c.nonce(), c.difficulty(), c.expiresAt(), c.signature(), solution));
        assertThatThrownBy(() -> verify(guard, new ChallengeAnswer(c.nonce(), c.difficulty(), c.expiresAt(), c.signature(), solution)))
                .hasMessageContaining("用过");

        IntakeGuard later = guard(Clock.offset(clock, Duration.ofMinutes(31)), 1000, 1000);
        Challenge old = guard.challenge();
        long s = PublicIntake.solve(old.nonce(), old.difficulty());
        assertThatThrownBy(() -> verify(later, new ChallengeAnswer(old.nonce(), old.difficulty(), old.expiresAt(), old.signature(), s)))
                .hasMessageContaining("过期");
    }
}
