package cn.tianshan.publicweb;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where a reader of the public change log stands. Cursors are auto-increment ids taken when a transaction
 * inserts, so a slower transaction can commit a lower id after a higher one was read: such a missing id is a
 * gap, looked at again until it appears or, after {@code patience}, taken to be a rolled-back insert.
 */
public final class CursorGaps {

    /** A jump wider than this is not tracked id by id (ids skipped by the database, not pending commits). */
    private static final int WIDEST_TRACKED = 1000;

    private final Duration patience;
    private final TreeMap<Long, Instant> open = new TreeMap<>();
    private long highest;

    public CursorGaps(long start, Duration patience) {
        this.highest = start;
        this.patience = patience;
    }

    public synchronized long highest() {
        return highest;
    }

    public synchronized Set<Long> open() {
        return Set.copyOf(open.keySet());
    }

    /** Records cursors just read, in ascending order. */
    public synchronized void saw(List<Long> cursors, Instant now) {
        for (long cursor : cursors) {
            open.remove(cursor);
            if (cursor > highest) {
                if (cursor - highest <= WIDEST_TRACKED) {
                    for (long missing = highest + 1; missing < cursor; missing++) {
                        open.put(missing, now);
                    }
                }
                highest = cursor;
            }
        }
    }

    public synchronized void expire(Instant now) {
        open.values().removeIf(seen -> seen.plus(patience).isBefore(now));
    }

    /** Where to start reading again after a restart: below the oldest gap still open. */
    public synchronized long safeCursor() {
        return open.isEmpty() ? highest : open.firstKey() - 1;
    }
}
