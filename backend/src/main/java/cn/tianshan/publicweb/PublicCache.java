package cn.tianshan.publicweb;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Rendered public responses (JSON and HTML), kept until anything public changes. Every instance polls the
 * {@link PublicChangeLog} each second, so a publication or withdrawal on any instance empties every cache
 * within about a second; the instance that made the change empties its own at once.
 */
@ApplicationScoped
public class PublicCache {

    private static final Logger LOG = Logger.getLogger(PublicCache.class);
    private static final int MAX_ENTRIES = 20_000;

    /**
     * A rendered answer: its bytes, media type, and the strong ETag of the bytes. The bytes are also held in a
     * direct buffer the fast path sends without copying.
     */
    public record Entry(byte[] body, String mediaType, String etag, int status, io.netty.buffer.ByteBuf direct) {

        public Entry(byte[] body, String mediaType, String etag, int status) {
            this(body, mediaType, etag, status, io.netty.buffer.Unpooled.unreleasableBuffer(
                    io.netty.buffer.Unpooled.directBuffer(body.length).writeBytes(body)).asReadOnly());
        }

        /** A view of the bytes with its own read position, safe to hand to one response. */
        public io.vertx.core.buffer.Buffer buffer() {
            return io.vertx.core.buffer.Buffer.buffer(direct.duplicate());
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
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private volatile long seenCursor = -1;

    PublicCache(PublicChangeLog changes) {
        this.changes = changes;
    }

    public Entry get(String key) {
        return entries.get(key);
    }

    /** Renders on a miss (blocking: call from a worker thread). */
    public Entry computeIfAbsent(String key, Supplier<Entry> render) {
        Entry cached = entries.get(key);
        if (cached != null) {
            return cached;
        }
        Entry rendered = render.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        if (rendered.status() == 200) {
            entries.put(key, rendered);
        }
        return rendered;
    }

    /** The key under which an answer is served again for exactly this request line (path and query). */
    public static String uriKey(String uri) {
        return "uri:" + uri;
    }

    public void put(String key, Entry entry) {
        if (entry.status() == 200 && entries.size() < MAX_ENTRIES) {
            entries.put(key, entry);
        }
    }

    public void clear() {
        entries.clear();
    }

    void onCommitted(@jakarta.enterprise.event.Observes(during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS)
                     PublicChangeLog.Committed change) {
        entries.clear();
    }

    @Scheduled(every = "1s", delay = 1, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void followChanges() {
        try {
            long latest = changes.latestCursor();
            if (latest != seenCursor) {
                seenCursor = latest;
                entries.clear();
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
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
