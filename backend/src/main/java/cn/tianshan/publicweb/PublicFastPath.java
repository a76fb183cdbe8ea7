package cn.tianshan.publicweb;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Serves a public GET straight from the {@link PublicCache} when exactly this request line was answered
 * before, the way an nginx micro-cache would: no REST layer, no database, on the event loop. Anything not
 * cached goes on to the resources, which render it and fill the cache.
 */
@ApplicationScoped
public class PublicFastPath {

    private final PublicCache cache;

    PublicFastPath(PublicCache cache) {
        this.cache = cache;
    }

    void install(@Observes Router router) {
        router.route("/api/public/*").method(HttpMethod.GET).method(HttpMethod.HEAD).order(Integer.MIN_VALUE + 300)
                .handler(this::serve);
    }

    private void serve(RoutingContext rc) {
        PublicCache.Entry entry = cache.answered(rc.request().uri());
        if (entry == null) {
            rc.next();
            return;
        }
        var response = rc.response().putHeader("Cache-Control", CachedResponses.CACHE_CONTROL).putHeader("ETag", entry.etag());
        if (entry.matches(rc.request().getHeader("If-None-Match"))) {
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader("Content-Type", entry.mediaType());
        if (rc.request().method() == HttpMethod.HEAD) {
            response.putHeader("Content-Length", Integer.toString(entry.body().length)).end();
        } else {
            response.end(entry.buffer());
        }
    }
}
