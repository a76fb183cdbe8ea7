package cn.tianshan.search;

import cn.tianshan.article.SearchableArticles;
import cn.tianshan.article.SearchableArticles.Batch;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.persistence.DatabaseIdentity;
import cn.tianshan.publicweb.CursorGaps;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.publicweb.PublicChangeLog;
import cn.tianshan.publicweb.PublicChangeLog.Change;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * Keeps this node's index in step with what the public may read. Every node follows the public change log
 * (the same one that empties the caches): at once after its own commits and four times a second for other nodes',
 * so a withdrawn article leaves every node's results within a second. A rebuild reads every published
 * article from the database in id order while searches go on against the old documents, then drops what it
 * did not write again.
 */
@ApplicationScoped
public class SearchIndexer {

    private static final Logger LOG = Logger.getLogger(SearchIndexer.class);
    private static final int BATCH = 500;
    private static final Duration GAP_PATIENCE = Duration.ofMinutes(2);

    public record Rebuild(String reason, LocalDateTime startedAt, LocalDateTime finishedAt, long total, long processed,
                          String failure) {
    }

    private final SearchIndex index;
    private final SearchableArticles articles;
    private final PublicChangeLog changes;
    private final Clock clock;
    private final DatabaseIdentity database;
    private final ReentrantLock writing = new ReentrantLock();
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private final AtomicBoolean readQueued = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "search-indexer");
        thread.setDaemon(true);
        return thread;
    });
    private volatile CursorGaps position;
    private volatile Rebuild lastRebuild;

    SearchIndexer(SearchIndex index, SearchableArticles articles, PublicChangeLog changes, Clock clock,
                  DatabaseIdentity database) {
        this.database = database;
        this.index = index;
        this.articles = articles;
        this.changes = changes;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        index.open();
        index.appliedCursor(database.uuid()).ifPresentOrElse(c -> position = new CursorGaps(c, GAP_PATIENCE), () -> rebuild("首次建立索引"));
    }

    void onStop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }

    /** Starts a rebuild in the background; a second request while one runs is refused. */
    public Rebuild rebuild(String reason) {
        if (!rebuilding.compareAndSet(false, true)) {
            throw ProblemException.conflict("索引正在重建，请等它完成后再试");
        }
        lastRebuild = new Rebuild(reason, Timestamps.now(clock), null, 0, 0, null);
        worker.execute(this::runRebuild);
        return lastRebuild;
    }

    public boolean isRebuilding() {
        return rebuilding.get();
    }

    public Rebuild lastRebuild() {
        return lastRebuild;
    }

    public long appliedCursor() {
        CursorGaps current = position;
        return current == null ? -1 : current.highest();
    }

    /**
     * One read after this node's commits, not the scheduled four: a burst of commits queues a single read, so a
     * rebuild asked for meanwhile never waits behind a queue of them.
     */
    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicChangeLog.Committed change) {
        if (index.isOpen() && !worker.isShutdown() && readQueued.compareAndSet(false, true)) {
            worker.execute(() -> {
                readQueued.set(false);
                readChanges();
            });
        }
    }

    @Scheduled(every = "1s", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void follow() {
        PublicChangeLog.followWithinASecond(this::readChanges);
    }

    private void readChanges() {
        CursorGaps gaps = position;
        if (gaps == null || rebuilding.get() || !writing.tryLock()) {
            return;
        }
        try {
            Instant now = clock.instant();
            gaps.expire(now);
            List<Change> batch = changes.withCursors(gaps.open());
            if (batch.isEmpty()) {
                batch = changes.after(gaps.highest(), BATCH);
            }
            while (!batch.isEmpty()) {
                apply(batch);
                gaps.saw(batch.stream().map(Change::cursor).toList(), now);
                index.commit(database.uuid(), gaps.safeCursor());
                batch = changes.after(gaps.highest(), BATCH);
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Search index could not follow the public change log; will retry");
        } finally {
            writing.unlock();
        }
    }

    private void apply(List<Change> batch) {
        Map<Long, PublicChangeLog.Type> latest = new LinkedHashMap<>();
        batch.stream().filter(c -> c.articleId() != null).forEach(c -> latest.put(c.articleId(), c.type()));
        latest.forEach((id, type) -> {
            switch (type) {
                case PUBLISHED, UPDATED -> articles.find(id).ifPresentOrElse(a -> index.put(a, "live"), () -> index.remove(id));
                case WITHDRAWN, REMOVED -> index.remove(id);
                case STRUCTURE -> {
                    // Column and unit renames reach the index with the next rebuild.
                }
            }
        });
    }

    private void runRebuild() {
        writing.lock();
        try {
            long startCursor = changes.latestCursor();
            long total = articles.countPublished();
            String generation = UUID.randomUUID().toString();
            long processed = 0;
            long after = 0;
            progress(total, processed, null, null);
            while (true) {
                Batch batch = articles.batchAfter(after, BATCH);
                batch.articles().forEach(a -> index.put(a, generation));
                processed += batch.articles().size();
                after = batch.lastId();
                progress(total, processed, null, null);
                if (batch.last()) {
                    break;
                }
                index.refresh();
            }
            index.removeOtherGenerations(generation);
            index.commit(database.uuid(), startCursor);
            position = new CursorGaps(startCursor, GAP_PATIENCE);
            progress(total, processed, Timestamps.now(clock), null);
            LOG.infof("Search index rebuilt: %d articles in %d s", processed,
                    java.time.Duration.between(lastRebuild.startedAt(), Timestamps.now(clock)).toSeconds());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Search index rebuild failed");
            Rebuild current = lastRebuild;
            progress(current.total(), current.processed(), Timestamps.now(clock), "重建失败：" + e.getMessage());
        } finally {
            rebuilding.set(false);
            writing.unlock();
        }
        readChanges();
    }

    private void progress(long total, long processed, LocalDateTime finishedAt, String failure) {
        Rebuild current = lastRebuild;
        lastRebuild = new Rebuild(current.reason(), current.startedAt(), finishedAt, total, processed, failure);
    }
}
