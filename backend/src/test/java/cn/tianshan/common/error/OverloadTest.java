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
        assertThat(Overload.databaseUnreachable(new SQLException("Duplicate entry", "23000"))).isFalse();
        assertThat(Overload.databaseUnreachable(new NullPointerException())).isFalse();
    }
}
