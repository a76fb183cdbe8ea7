package cn.tianshan.publicweb;

import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Serves a public GET straight from the {@link PublicCache} when exactly this request line was answered
 * before, the way an nginx micro-cache would: no REST layer, no database, on the event loop. A page kept at
 * publication that this node has not in memory is read from this node's copy on disk, on the event loop as nginx
 * reads a file, or else with its one key lookup on a worker thread, and sent from here too. Anything else goes on to the resources, which render it and fill the cache.
 */
@ApplicationScoped
public class PublicFastPath {

    private final PublicCache cache;
    private final PublicPageStore pages;
    private final WorkerExecutor keptPageReaders;

    /**
     * Kept pages are read by a few threads of their own (two per core unless configured), in arrival order. Handing
     * each miss to the shared worker pool put 20 lookups on two cores at once and made the slowest wait for the
     * scheduler: on the read benchmark's random articles 20 threads gave 3,800-5,900 a second with p99 52-66 ms,
     * four gave 5,400-8,500 with p99 36-44 ms.
     */
    PublicFastPath(PublicCache cache, PublicPageStore pages, Vertx vertx,
                   @ConfigProperty(name = "tianshan.public.kept-page-readers") Optional<Integer> keptPageReaders) {
        this.cache = cache;
        this.pages = pages;
        this.keptPageReaders = vertx.createSharedWorkerExecutor("tianshan-kept-pages",
                keptPageReaders.orElse(2 * Runtime.getRuntime().availableProcessors()));
    }

    void install(@Observes Router router) {
        router.route("/api/public/*").method(HttpMethod.GET).method(HttpMethod.HEAD).order(Integer.MIN_VALUE + 300)
                .handler(this::serve);
    }

    private void serve(RoutingContext rc) {
        String requestLine = rc.request().uri();
        PublicCache.Entry entry = cache.answered(requestLine);
        if (entry != null) {
            answer(rc, entry);
            return;
        }
        String key = rc.request().query() == null ? pages.keyOf(rc.request().path()) : null;
        if (key == null) {
            rc.next();
            return;
        }
        PublicCache.Entry copy = cache.fromCopy(key);
        if (copy != null) {
            cache.rememberAnswer(requestLine, key, copy);
            answer(rc, copy);
            return;
        }
        keptPageReaders.executeBlocking(() -> cache.fromKeptPage(key), false).onComplete(kept -> {
            if (kept.succeeded() && kept.result() != null) {
                cache.rememberAnswer(requestLine, key, kept.result());
                answer(rc, kept.result());
            } else {
                rc.next();
            }
        });
    }

    /** Sends a cached answer: 304 to a matching If-None-Match, the gzipped bytes to a client that accepts them. */
    public static void answer(RoutingContext rc, PublicCache.Entry entry) {
        boolean gzip = entry.gzipFor(rc.request().getHeader("Accept-Encoding"));
        var response = rc.response().setStatusCode(entry.status()).putHeader("Cache-Control", CachedResponses.CACHE_CONTROL)
                .putHeader("ETag", gzip ? entry.gzipEtag() : entry.etag());
        if (entry.gzipped() != null) {
            response.putHeader("Vary", "Accept-Encoding");
        }
        if (entry.matches(rc.request().getHeader("If-None-Match"))) {
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader("Content-Type", entry.mediaType());
        if (gzip) {
            response.putHeader("Content-Encoding", "gzip");
        }
        if (rc.request().method() == HttpMethod.HEAD) {
            response.putHeader("Content-Length", Integer.toString(gzip ? entry.gzipped().length : entry.body().length)).end();
        } else {
            response.end(gzip ? entry.gzippedBuffer() : entry.buffer());
        }
    }
}
