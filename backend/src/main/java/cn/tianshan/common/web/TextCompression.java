package cn.tianshan.common.web;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import java.util.Set;

/**
 * Lets Vert.x gzip what our own router handlers send as text. With {@code quarkus.http.enable-compression} Quarkus
 * marks every response {@code Content-Encoding: identity} and lifts the mark only for its REST resources and static
 * resources; the SPA's files and shell are served by handlers of ours, so they lift it themselves once the
 * response's type is known. Answers that are already gzipped ({@code Content-Encoding: gzip}) are left as they are.
 */
final class TextCompression {

    private static final Set<String> TEXT_TYPES = Set.of("application/javascript", "application/json", "application/xml",
            "application/manifest+json", "image/svg+xml");

    private TextCompression() {
    }

    static Handler<RoutingContext> of(Handler<RoutingContext> handler) {
        return rc -> {
            rc.addHeadersEndHandler(ignored -> liftIdentity(rc));
            handler.handle(rc);
        };
    }

    private static void liftIdentity(RoutingContext rc) {
        var headers = rc.response().headers();
        String type = headers.get(HttpHeaders.CONTENT_TYPE);
        if (type == null || !"identity".equalsIgnoreCase(headers.get(HttpHeaders.CONTENT_ENCODING))) {
            return;
        }
        int parameters = type.indexOf(';');
        String mediaType = (parameters < 0 ? type : type.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
        if (mediaType.startsWith("text/") || TEXT_TYPES.contains(mediaType)) {
            headers.remove(HttpHeaders.CONTENT_ENCODING);
        }
    }
}
