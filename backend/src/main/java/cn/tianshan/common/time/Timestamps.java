package cn.tianshan.common.time;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Stored timestamps are the site's local time to the second. Connector/J drops fractions on MariaDB 10
 * (it reads the server as MySQL 5.5) but keeps them on MySQL 8; cutting them here makes every database
 * store exactly what the application computed with.
 */
public final class Timestamps {

    private Timestamps() {
    }

    public static LocalDateTime now(Clock clock) {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
