package cn.tianshan.publicweb;

import cn.tianshan.common.hash.Sha256;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Rendered public responses (JSON and HTML), kept until anything public changes. Every instance polls the
 * {@link PublicChangeLog} each second, so a publication or withdrawal on any instance empties every cache
 * within about a second; the instance that made the change empties its own at once.
 *
 * <p>Answers are kept twice over the same bytes: under what they render (an article, a column page), and under
 * the request line that asked for them, for {@link PublicFastPath}. Request lines are chosen by clients, so
 * they have a bound of their own: filling them with made-up query strings never evicts a rendered answer.
 *
 * <p>A render that began before a change must not outlive it: each answer is checked again after it is
 * stored, and taken back out if the cache was emptied meanwhile.
 */
@ApplicationScoped
public class PublicCache {

    private static final Logger LOG = Logger.getLogger(PublicCache.class);
    private static final int MAX_RENDERED = 20_000;
    private static final int MAX_REQUEST_LINES = 20_000;

    /** A rendered answer: its bytes, media type, and the strong ETag of the bytes. */
    public record Entry(byte[] body, String mediaType, String etag, int status) {

        /** The bytes for one response, wrapped without copying. */
        public Buffer buffer() {
            return Buffer.buffer(io.netty.buffer.Unpooled.wrappedBuffer(body));
        }

        public boolean matches(String ifNoneMatch) {
            if (ifNoneMatch == null) {
                return false;
            }
            for (String tag : ifNoneMatch.split(",")) {
                String trimmed = tag.trim();
                if (trimmed.equals("*") || trimmed.equals(etag) || trimmed.equals("W/" + etag)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final PublicChangeLog changes;
    private final Map<String, Entry> rendered = new ConcurrentHashMap<>();
    private final Map<String, Entry> byRequestLine = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private volatile long seenCursor = -1;

    PublicCache(PublicChangeLog changes) {
        this.changes = changes;
    }

    public Entry get(String key) {
        return rendered.get(key);
    }

    /** Renders on a miss (blocking: call from a worker thread). */
    public Entry computeIfAbsent(String key, Supplier<Entry> render) {
        Entry cached = rendered.get(key);
        if (cached != null) {
            return cached;
        }
        long renderedIn = generation.get();
        Entry entry = render.get();
        if (store(rendered, MAX_RENDERED, key, entry) && generation.get() != renderedIn) {
            rendered.remove(key, entry);
        }
        return entry;
    }

    /** The answer given before to exactly this request line (path and query), if any. */
    public Entry answered(String requestLine) {
        return byRequestLine.get(requestLine);
    }

    /** Keeps {@code entry}, the current answer under {@code key}, for the request line that asked for it. */
    public void rememberAnswer(String requestLine, String key, Entry entry) {
        if (store(byRequestLine, MAX_REQUEST_LINES, requestLine, entry) && rendered.get(key) != entry) {
            byRequestLine.remove(requestLine, entry);
        }
    }

    public void clear() {
        generation.incrementAndGet();
        rendered.clear();
        byRequestLine.clear();
    }

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicChangeLog.Committed change) {
        clear();
    }

    @Scheduled(every = "1s", delay = 1, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void followChanges() {
        try {
            long latest = changes.latestCursor();
            if (latest != seenCursor) {
                seenCursor = latest;
                clear();
            }
        } catch (RuntimeException e) {
            LOG.debugf("Public change log not readable yet: %s", e.getMessage());
        }
    }

    public static Entry entry(String body, String mediaType, int status) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new Entry(bytes, mediaType, etagOf(bytes), status);
    }

    public static String etagOf(byte[] bytes) {
        return "\"" + HexFormat.of().formatHex(Sha256.digest(bytes), 0, 16) + "\"";
    }

    /** Only successful answers are kept; a full map starts again rather than growing without bound. */
    private static boolean store(Map<String, Entry> map, int max, String key, Entry entry) {
        if (entry.status() != 200) {
            return false;
        }
        if (map.size() >= max) {
            map.clear();
        }
        map.put(key, entry);
        return true;
    }
}
