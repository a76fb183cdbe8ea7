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
    }
}
