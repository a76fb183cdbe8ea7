package cn.tianshan.publicweb;

import cn.tianshan.common.time.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Every change to what the public sees, in order: the integrators' incremental feed, and how each backend
 * instance learns its {@link PublicCache} is stale.
 */
@ApplicationScoped
public class PublicChangeLog {

    public enum Type { PUBLISHED, UPDATED, WITHDRAWN, REMOVED, STRUCTURE }

    public record Change(long cursor, Type type, Long articleId, Long revisionId, LocalDateTime occurredAt) {
    }

    /**
     * Fired with the change, observed when it commits: this instance evicts at once what it {@code touched} (null:
     * everything), and knows its {@code cursor} in the log as a change it has already applied.
     */
    public record Committed(long cursor, Type type, Long articleId, java.util.Set<String> touched) {
    }

    private final EntityManager em;
    private final Clock clock;
    private final jakarta.enterprise.event.Event<Committed> committed;
    private final jakarta.enterprise.inject.Instance<PublicChangeScope> scope;
    private final PublicPageStore pageStore;

    PublicChangeLog(EntityManager em, Clock clock, jakarta.enterprise.event.Event<Committed> committed,
                    jakarta.enterprise.inject.Instance<PublicChangeScope> scope, PublicPageStore pageStore) {
        this.pageStore = pageStore;
        this.em = em;
        this.clock = clock;
        this.committed = committed;
        this.scope = scope;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Type type, Long articleId, Long revisionId) {
        em.createNativeQuery("INSERT INTO public_change (change_type, article_id, revision_id, occurred_at) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, type.name()).setParameter(2, articleId).setParameter(3, revisionId)
                .setParameter(4, Timestamps.now(clock)).executeUpdate();
        long cursor = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        java.util.Set<String> touched = type == Type.STRUCTURE || articleId == null || scope.isUnsatisfied() ? null
                : scope.get().touchedBy(type, articleId, revisionId);
        pageStore.changed(touched);
        committed.fire(new Committed(cursor, type, articleId, touched));
    }

    /** Changes after {@code cursor}, oldest first. */
    @Transactional
    public List<Change> after(long cursor, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, change_type, article_id, revision_id, occurred_at FROM public_change "
                + "WHERE id > ?1 ORDER BY id LIMIT ?2").setParameter(1, cursor).setParameter(2, limit).getResultList();
        return changes(rows);
    }

    private static List<Change> changes(List<Object[]> rows) {
        return rows.stream().map(r -> new Change(((Number) r[0]).longValue(), Type.valueOf((String) r[1]),
                r[2] == null ? null : ((Number) r[2]).longValue(), r[3] == null ? null : ((Number) r[3]).longValue(),
                toLocal(r[4]))).toList();
    }

    /** The changes with these cursors that exist by now (a reader looking again at gaps it saw), oldest first. */
    @Transactional
    public List<Change> withCursors(java.util.Collection<Long> cursors) {
        if (cursors.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, change_type, article_id, revision_id, occurred_at FROM public_change "
                + "WHERE id IN (:ids) ORDER BY id").setParameter("ids", cursors).getResultList();
        return changes(rows);
    }

    @Transactional
    public long latestCursor() {
        Object max = em.createNativeQuery("SELECT COALESCE(MAX(id), 0) FROM public_change").getSingleResult();
        return ((Number) max).longValue();
    }

    private static LocalDateTime toLocal(Object value) {
        if (value instanceof LocalDateTime local) {
            return local;
        }
        return ((java.sql.Timestamp) value).toLocalDateTime();
    }

    /** How many times a follower reads the log in each one-second run of its job. */
    static final int READS_PER_SECOND = 4;

    /**
     * Runs {@code read} {@value #READS_PER_SECOND} times, evenly over the second its job runs every: Quarkus's scheduler
     * runs nothing more often than once a second, and a change must reach every node's caches and index within one.
     */
    public static void followWithinASecond(Runnable read) {
        for (int i = 0; i < READS_PER_SECOND; i++) {
            if (i > 0) {
                try {
                    Thread.sleep(1000 / READS_PER_SECOND);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            read.run();
        }
    }
}
