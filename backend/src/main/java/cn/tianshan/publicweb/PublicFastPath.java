package cn.tianshan.publicweb;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Serves a public GET straight from the {@link PublicCache} when exactly this request line was answered
 * before, the way an nginx micro-cache would: no REST layer, no database, on the event loop. A page kept at
 * publication that this node has not in memory is read with its one key lookup on a worker thread and sent from
 * here too. Anything else goes on to the resources, which render it and fill the cache.
 */
@ApplicationScoped
public class PublicFastPath {

    private final PublicCache cache;
    private final PublicPageStore pages;

    PublicFastPath(PublicCache cache, PublicPageStore pages) {
        this.cache = cache;
        this.pages = pages;
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
        rc.vertx().executeBlocking(() -> cache.fromKeptPage(key), false).onComplete(kept -> {
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
