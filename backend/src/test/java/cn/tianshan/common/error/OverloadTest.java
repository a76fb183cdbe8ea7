package cn.tianshan.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class OverloadTest {

    @Test
    void anExhaustedPoolAnywhereInTheCausesIsOverloadAndNothingElseIs() {
        SQLException pool = new SQLException("Sorry, acquisition timeout!");
        assertThat(Overload.poolExhausted(new IllegalStateException("Unable to acquire JDBC Connection", pool))).isTrue();
        assertThat(Overload.poolExhausted(pool)).isTrue();
        assertThat(Overload.poolExhausted(new IllegalStateException(new SQLException("Duplicate entry")))).isFalse();
        assertThat(Overload.poolExhausted(new NullPointerException())).isFalse();
        // Agroal 2's own words, as a node under 100 letters/s logged them in deploy/drill.
        assertThat(Overload.poolExhausted(new SQLException("Acquisition timeout while waiting for new connection"))).isTrue();
    }

    @Test
    void aDatabaseThatCannotBeReachedIsUnavailableAndAConstraintIsNot() {
        assertThat(Overload.databaseUnreachable(new IllegalStateException(new SQLException("Communications link failure", "08S01"))))
                .isTrue();
        assertThat(Overload.databaseUnreachable(new java.sql.SQLTransientConnectionException("refused"))).isTrue();
        // A commit whose connection died: the transaction manager's rollback carries the link failure as suppressed.
        Exception rollback = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new IllegalStateException("Error trying to transactionCommit local transaction",
                new SQLException("Communications link failure", "08S01")));
        assertThat(Overload.databaseUnreachable(new RuntimeException(rollback))).isTrue();
        assertThat(Overload.databaseUnreachable(new SQLException("Duplicate entry", "23000"))).isFalse();
        assertThat(Overload.databaseUnreachable(new NullPointerException())).isFalse();
    }
}
