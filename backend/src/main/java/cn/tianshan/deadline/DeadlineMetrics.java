package cn.tianshan.deadline;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.jboss.logging.Logger;

/**
 * The deadline engine's open clocks as gauges, {@code tianshan_deadlines{state=running|paused|overdue}}: what a
 * monitoring board shows next to request rates. Counted with one indexed query at most every 30 seconds, whichever node
 * is scraped; every node counts the same shared rows.
 */
@ApplicationScoped
public class DeadlineMetrics {

    private static final Logger LOG = Logger.getLogger(DeadlineMetrics.class);
    private static final Duration FRESH = Duration.ofSeconds(30);

    private final AgroalDataSource dataSource;
    private final Clock clock;
    private volatile Counts counts = new Counts(0, 0, 0, Instant.EPOCH);

    record Counts(long running, long paused, long overdue, Instant at) {
    }

    DeadlineMetrics(AgroalDataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    void register(@Observes StartupEvent event, MeterRegistry registry) {
        Gauge.builder("tianshan.deadlines", this, m -> m.current().running()).tag("state", "running")
                .description("Open deadline clocks that are running").register(registry);
        Gauge.builder("tianshan.deadlines", this, m -> m.current().paused()).tag("state", "paused")
                .description("Open deadline clocks paused (补正, third-party consultation)").register(registry);
        Gauge.builder("tianshan.deadlines", this, m -> m.current().overdue()).tag("state", "overdue")
                .description("Open deadline clocks past their due date").register(registry);
    }

    Counts current() {
        Counts known = counts;
        Instant now = clock.instant();
        if (Duration.between(known.at(), now).compareTo(FRESH) < 0) {
            return known;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT "
                     + "COALESCE(SUM(paused_since IS NULL), 0), COALESCE(SUM(paused_since IS NOT NULL), 0), COALESCE(SUM(due_on < ?), 0) "
                     + "FROM deadline_clock WHERE stopped_on IS NULL")) {
            query.setObject(1, LocalDate.now(clock));
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                counts = new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), now);
            }
        } catch (SQLException e) {
            LOG.debugf("Deadline counts unavailable: %s", e.getMessage());
        }
        return counts;
    }
}
