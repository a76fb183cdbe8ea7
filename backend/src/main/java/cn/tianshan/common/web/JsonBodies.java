package cn.tianshan.common.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.Priorities;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The API reads bodies as JSON, and uploads as multipart forms; nothing else. Without this, an operation whose body is
 * optional took {@code text/plain} holding JSON as if it were JSON: a client that sends the wrong type hears 415 instead.
 */
public class JsonBodies {

    @ServerRequestFilter(preMatching = true, priority = Priorities.USER)
    public void requireJsonOrUpload(HttpServerRequest request) {
        if (!request.path().startsWith("/api/")) {
            return;
        }
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (type == null || type.isBlank() || !hasBody(request)) {
            return;
        }
        String media = type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!media.equals("application/json") && !media.equals("multipart/form-data")) {
            throw new NotSupportedException();
        }
    }

    /** A bodiless POST may carry a client library's default type (form encoding); only a body is judged. */
    private static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return length == null ? request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null : !length.trim().equals("0");
    }
}
