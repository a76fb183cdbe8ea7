package cn.tianshan.common.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The system clock in the site's zone. One thing more: the demo loader of {@code deploy/run} writes a year of
 * the department's work, and each step of that history (drafted, reviewed, published) must carry its own date
 * through the real services. {@link #backdated} moves the clock for the calling thread only, for the length of
 * one call; every other thread, and the same thread afterwards, keeps real time.
 */
public final class SiteClock extends Clock {

    private static final ThreadLocal<Duration> BACK = new ThreadLocal<>();

    private final Clock system;

    SiteClock(ZoneId zone) {
        this.system = Clock.system(zone);
    }

    /** Runs {@code work} on this thread as if it were {@code ago} earlier. */
    public static <T> T backdated(Duration ago, Supplier<T> work) {
        Duration previous = BACK.get();
        BACK.set(ago);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                BACK.remove();
            } else {
                BACK.set(previous);
            }
        }
    }

    @Override
    public Instant instant() {
        Duration ago = BACK.get();
        return ago == null ? system.instant() : system.instant().minus(ago);
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(getZone()) ? this : new SiteClock(zone);
    }
}
