package cn.tianshan.publicweb;

import cn.tianshan.common.hash.Sha256;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import org.jboss.logging.Logger;

/**
 * Rendered public responses (JSON and HTML), each kept under the tags of what it shows ({@link RenderTags}).
 * A change evicts only the answers that show what it touched: publishing an article in column A leaves column
 * B's pages in place; withdrawing it takes out its page and every listing that showed it. Every instance
 * follows the {@link PublicChangeLog} each second, so a change on any instance reaches every cache within
 * about a second; the instance that made the change evicts at once, and does not evict again when it reads its
 * own change in the log (that would throw away pages rendered since). A structural change (columns, units,
 * homepage links) empties everything.
 *
 * <p>Answers are kept twice over the same bytes: under what they render (an article, a column page), and under
 * the request line that asked for them, for {@link PublicFastPath}. Request lines are chosen by clients, so
 * they have a bound of their own: filling them with made-up query strings never evicts a rendered answer.
 *
 * <p>A render that began before a change must not outlive it: each answer is checked again after it is
 * stored, and taken back out if anything was evicted meanwhile. Bodies above a few hundred bytes are kept
 * gzipped too, so a compressed answer costs no more than a plain one.
 */
@ApplicationScoped
public class PublicCache {

    private static final Logger LOG = Logger.getLogger(PublicCache.class);
    private static final int MAX_RENDERED = 20_000;
    private final PublicAnswerMetrics metrics;
    private static final int MAX_REQUEST_LINES = 20_000;
    private static final int GZIP_FROM = 512;
    private static final int SEEN_SLOT_BITS = 16;
    private static final Duration GAP_PATIENCE = Duration.ofMinutes(2);

    /** A rendered answer: its bytes (and gzipped bytes), media type, strong ETags, and the tags of what it shows. */
    public record Entry(byte[] body, String mediaType, String etag, int status, byte[] gzipped, Set<String> tags) {

        /** The bytes for one response, wrapped without copying. */
        public Buffer buffer() {
            return Buffer.buffer(io.netty.buffer.Unpooled.wrappedBuffer(body));
        }

        public Buffer gzippedBuffer() {
            return Buffer.buffer(io.netty.buffer.Unpooled.wrappedBuffer(gzipped));
        }

        /** The gzipped bytes are another representation, so they carry their own strong ETag. */
        public String gzipEtag() {
            return etag.substring(0, etag.length() - 1) + "-gz\"";
        }

        /** Whether a client that sent {@code acceptEncoding} gets the gzipped bytes. */
        public boolean gzipFor(String acceptEncoding) {
            return gzipped != null && acceptEncoding != null && acceptEncoding.toLowerCase(java.util.Locale.ROOT).contains("gzip");
        }

        public boolean matches(String ifNoneMatch) {
            if (ifNoneMatch == null) {
                return false;
            }
            for (String tag : ifNoneMatch.split(",")) {
                String trimmed = tag.trim();
                if (trimmed.startsWith("W/")) {
                    trimmed = trimmed.substring(2);
                }
                if (trimmed.equals("*") || trimmed.equals(etag) || (gzipped != null && trimmed.equals(gzipEtag()))) {
                    return true;
                }
            }
            return false;
        }

        Entry withTags(Set<String> shown) {
            return new Entry(body, mediaType, etag, status, gzipped, Set.copyOf(shown));
        }
    }

    private record Answer(String key, Entry entry) {
    }

    private final PublicChangeLog changes;
    private final Instance<PublicChangeScope> scope;
    private final Clock clock;
    private final Map<String, Entry> rendered = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> keysByTag = new ConcurrentHashMap<>();
    private final Map<String, Answer> byRequestLine = new ConcurrentHashMap<>();
    private final Map<String, Object> structural = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLongArray seenOnce = new AtomicLongArray(1 << SEEN_SLOT_BITS);
    private volatile CursorGaps position;
    /**
     * The change log's end when this node started: its copies of the kept pages answer once it has read that far (a
     * node restarted replays from where its copies were current, deleting what changed while it was down).
     */
    private volatile long latestAtStart;
    /** Cursors of changes this instance made and evicted for when they committed, not yet read back from the log. */
    private final Set<Long> appliedHere = ConcurrentHashMap.newKeySet();

    private final PublicPageStore pageStore;

    PublicCache(PublicChangeLog changes, Instance<PublicChangeScope> scope, Clock clock, PublicPageStore pageStore,
                PublicAnswerMetrics metrics) {
        this.metrics = metrics;
        this.pageStore = pageStore;
        this.changes = changes;
        this.scope = scope;
        this.clock = clock;
    }

    public Entry get(String key) {
        Entry entry = rendered.get(key);
        if (entry != null) {
            metrics.fromMemory();
        }
        return entry;
    }

    /** How an answer earns its place in memory. */
    public enum Admission {
        /** Kept from its first request: answers most readers ask for (a column's first page, an article). */
        FIRST_REQUEST,
        /**
         * Kept from its second request: the long tail (a column page deep in its keyset), which a crawler walks once.
         * Kept at once, such one-hit pages filled the heap that the garbage collector copies and emptied the answers
         * the hot pages needed every 20,000 pages; rendering one twice costs one listing statement.
         */
        SECOND_REQUEST
    }

    /** Renders on a miss (blocking: call from a worker thread). */
    public Entry computeIfAbsent(String key, Supplier<Entry> render) {
        return computeIfAbsent(key, render, Admission.FIRST_REQUEST);
    }

    /** As {@link #computeIfAbsent(String, Supplier)}, keeping the answer as {@code admission} says. */
    public Entry computeIfAbsent(String key, Supplier<Entry> render, Admission admission) {
        Entry cached = rendered.get(key);
        if (cached != null) {
            metrics.fromMemory();
            return cached;
        }
        long renderedIn = generation.get();
        Entry entry = render.get();
        if (entry.status() == 200 && (admission == Admission.FIRST_REQUEST || seenBefore(key))) {
            keep(key, entry, renderedIn);
        }
        return entry;
    }

    /**
     * The page kept at publication under {@code key}, now also in memory, or {@code null} when none is current
     * (blocking: one key lookup, call from a worker thread once {@link #fromCopy} found no copy).
     */
    public Entry fromKeptPage(String key) {
        return fromStore(key, pageStore::findRow);
    }

    /**
     * This node's copy of the page kept at publication under {@code key}, now also in memory, or {@code null} when it
     * has none current (one positioned read of its copy log: cheap enough for the event loop).
     */
    public Entry fromCopy(String key) {
        return fromStore(key, pageStore::findCopy);
    }

    private Entry fromStore(String key, Function<String, Entry> find) {
        Entry cached = rendered.get(key);
        if (cached != null) {
            metrics.fromMemory();
            return cached;
        }
        long readIn = generation.get();
        Entry entry = find.apply(key);
        if (entry != null) {
            keep(key, entry, readIn);
        }
        return entry;
    }

    /**
     * Whether {@code key} was asked for before: a direct-mapped table of key hashes, so a key whose slot another took
     * since waits for one more request, and memory stays bounded whatever clients ask for.
     */
    private boolean seenBefore(String key) {
        long mark = key.hashCode() * 0x9E3779B97F4A7C15L | 1;
        int slot = (int) (mark >>> (64 - SEEN_SLOT_BITS));
        if (seenOnce.get(slot) == mark) {
            return true;
        }
        seenOnce.set(slot, mark);
        return false;
    }

    /** Keeps {@code entry}, read or rendered while the cache was in generation {@code since}, unless a change came in between. */
    private void keep(String key, Entry entry, long since) {
        if (rendered.size() >= MAX_RENDERED) {
            forgetAnswers();
        }
        rendered.put(key, entry);
        entry.tags().forEach(tag -> keysByTag.computeIfAbsent(tag, t -> ConcurrentHashMap.newKeySet()).add(key));
        if (generation.get() != since) {
            rendered.remove(key, entry);
        }
    }

    /**
     * Full: lets go of every answer but keeps the structure (names, paths, navigation), which nothing but a structural
     * change makes stale; a crawler reading every article must not make the next column page recompute its frame.
     */
    private void forgetAnswers() {
        rendered.clear();
        keysByTag.clear();
        byRequestLine.clear();
    }

    /**
     * A value that depends on the site's structure only (a column's name, path and children, a site's navigation),
     * computed once and kept until the next structural change, so that rendering a column page costs one query for its
     * listing and nothing for its frame. Blocking on a miss, which reads in the render's transaction or, for a render
     * outside one, in its own.
     */
    @SuppressWarnings("unchecked")
    public <T> T structural(String key, Supplier<T> compute) {
        Object kept = structural.get(key);
        if (kept != null) {
            return (T) kept;
        }
        long computedIn = generation.get();
        T value = QuarkusTransaction.joiningExisting().call(compute::get);
        structural.put(key, value);
        if (generation.get() != computedIn) {
            structural.remove(key, value);
        }
        return value;
    }

    /** The answer given before to exactly this request line (path and query), if it is still current. */
    public Entry answered(String requestLine) {
        Answer answer = byRequestLine.get(requestLine);
        if (answer != null && rendered.get(answer.key()) == answer.entry()) {
            metrics.fromMemory();
            return answer.entry();
        }
        return null;
    }

    /** Keeps {@code entry}, the current answer under {@code key}, for the request line that asked for it. */
    public void rememberAnswer(String requestLine, String key, Entry entry) {
        if (entry.status() != 200 || rendered.get(key) != entry) {
            return;
        }
        if (byRequestLine.size() >= MAX_REQUEST_LINES) {
            byRequestLine.clear();
        }
        byRequestLine.put(requestLine, new Answer(key, entry));
    }

    /** How far this instance has read the change log, for tests that wait for it. */
    long followedUpTo() {
        CursorGaps gaps = position;
        return gaps == null ? 0 : gaps.highest();
    }

    /** What is kept now, for tests of what a change evicts. */
    Set<String> renderedKeys() {
        return Set.copyOf(rendered.keySet());
    }

    public void clear() {
        generation.incrementAndGet();
        structural.clear();
        rendered.clear();
        keysByTag.clear();
        byRequestLine.clear();
    }

    /** Every answer shows the structure: the kept pages' structure epoch is read again first, so none is read back stale. */
    private void structureChanged() {
        pageStore.structureChanged();
        clear();
    }

    /** Takes out every answer that shows any of {@code tags}; the rest stay. */
    public void evict(Set<String> tags) {
        generation.incrementAndGet();
        for (String tag : tags) {
            Set<String> keys = keysByTag.remove(tag);
            if (keys != null) {
                keys.forEach(rendered::remove);
            }
        }
        pageStore.forgetCopies(tags);
    }

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicChangeLog.Committed change) {
        if (change.touched() == null) {
            structureChanged();
        } else {
            evict(change.touched());
        }
        appliedHere.add(change.cursor());
    }

    @Scheduled(every = "1s", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void followChanges() {
        PublicChangeLog.followWithinASecond(this::readChanges);
    }

    private void readChanges() {
        try {
            CursorGaps gaps = position;
            if (gaps == null) {
                long latest = changes.latestCursor();
                latestAtStart = latest;
                position = new CursorGaps(pageStore.copiesResumeAt(latest), GAP_PATIENCE);
                return;
            }
            Instant now = clock.instant();
            gaps.expire(now);
            List<PublicChangeLog.Change> batch = changes.withCursors(gaps.open());
            if (batch.isEmpty()) {
                batch = changes.after(gaps.highest(), 1000);
            }
            for (PublicChangeLog.Change change : batch) {
                if (appliedHere.remove(change.cursor())) {
                    continue;
                }
                if (change.type() == PublicChangeLog.Type.STRUCTURE || change.articleId() == null || scope.isUnsatisfied()) {
                    structureChanged();
                } else {
                    evict(scope.get().touchedBy(change.type(), change.articleId(), change.revisionId()));
                }
            }
            gaps.saw(batch.stream().map(PublicChangeLog.Change::cursor).toList(), now);
            Set<Long> open = gaps.open();
            appliedHere.removeIf(cursor -> cursor <= gaps.highest() && !open.contains(cursor));
            pageStore.copiesFollowedUpTo(gaps.safeCursor(), gaps.highest() >= latestAtStart);
        } catch (RuntimeException e) {
            LOG.debugf("Public change log not readable yet: %s", e.getMessage());
        }
    }

    public static Entry entry(String body, String mediaType, int status) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new Entry(bytes, mediaType, etagOf(bytes), status, bytes.length >= GZIP_FROM ? gzip(bytes) : null, Set.of());
    }

    public static String etagOf(byte[] bytes) {
        return "\"" + HexFormat.of().formatHex(Sha256.digest(bytes), 0, 16) + "\"";
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
