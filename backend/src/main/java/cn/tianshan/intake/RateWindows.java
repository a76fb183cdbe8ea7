package cn.tianshan.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Fixed-window counters in the database (table {@code intake_window}), so every node counts against the same
 * limit. Each hit commits on its own: a refused or failed request still counts.
 */
@ApplicationScoped
class RateWindows {

    private final EntityManager em;

    RateWindows(EntityManager em) {
        this.em = em;
    }

    /** How many rows the overall counter of a channel is spread over, so concurrent submissions rarely wait on one row. */
    static final int SHARDS = 16;

    record Counts(int address, int overall) {
    }

    /**
     * One hit on the address's window and one on the overall window, in one short transaction; returns both counts,
     * this hit included. The overall count is spread over {@link #SHARDS} rows (a random one is incremented, all are
     * summed): a single hot row would make every submission wait for the previous one's commit.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Counts hitBoth(String addressBucket, LocalDateTime addressWindow, String overallBucket, LocalDateTime overallWindow) {
        String shard = overallBucket + ":" + java.util.concurrent.ThreadLocalRandom.current().nextInt(SHARDS);
        upsert(shard, overallWindow);
        upsert(addressBucket, addressWindow);
        List<String> shards = java.util.stream.IntStream.range(0, SHARDS).mapToObj(i -> overallBucket + ":" + i).toList();
        Number overall = (Number) em.createNativeQuery("SELECT COALESCE(SUM(hits), 0) FROM intake_window WHERE bucket IN (?1) AND window_start = ?2")
                .setParameter(1, shards).setParameter(2, overallWindow).getSingleResult();
        return new Counts(count(addressBucket, addressWindow), overall.intValue());
    }

    private void upsert(String bucket, LocalDateTime windowStart) {
        em.createNativeQuery("INSERT INTO intake_window (bucket, window_start, hits) VALUES (?1, ?2, 1) "
                        + "ON DUPLICATE KEY UPDATE hits = hits + 1")
                .setParameter(1, bucket).setParameter(2, windowStart).executeUpdate();
    }

    /** Adds one hit to the window and returns the hits counted in it, this one included. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    int hit(String bucket, LocalDateTime windowStart) {
        em.createNativeQuery("INSERT INTO intake_window (bucket, window_start, hits) VALUES (?1, ?2, 1) "
                        + "ON DUPLICATE KEY UPDATE hits = hits + 1")
                .setParameter(1, bucket).setParameter(2, windowStart).executeUpdate();
        return count(bucket, windowStart);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    int hits(String bucket, LocalDateTime windowStart) {
        return count(bucket, windowStart);
    }

    private int count(String bucket, LocalDateTime windowStart) {
        List<?> found = em.createNativeQuery("SELECT hits FROM intake_window WHERE bucket = ?1 AND window_start = ?2")
                .setParameter(1, bucket).setParameter(2, windowStart).getResultList();
        return found.isEmpty() ? 0 : ((Number) found.get(0)).intValue();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    int forgetBefore(LocalDateTime before) {
        return em.createNativeQuery("DELETE FROM intake_window WHERE window_start < ?1").setParameter(1, before).executeUpdate()
                + em.createNativeQuery("DELETE FROM intake_challenge_spent WHERE spent_at < ?1").setParameter(1, before).executeUpdate();
    }

    /** False when the nonce was spent before (on any node); spent with the submission it admits, or not at all. */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean spend(String nonce, LocalDateTime at) {
        return em.createNativeQuery("INSERT IGNORE INTO intake_challenge_spent (nonce, spent_at) VALUES (?1, ?2)")
                .setParameter(1, nonce).setParameter(2, at).executeUpdate() == 1;
    }
}
