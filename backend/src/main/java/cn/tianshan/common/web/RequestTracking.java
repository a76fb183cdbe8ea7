package cn.tianshan.common.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;

/**
 * First handler of every request: gives it a request id (kept from {@code X-Request-Id} when well formed),
 * echoes it, puts it in the log context, and refuses oversize JSON bodies before they are read.
 */
@ApplicationScoped
public class RequestTracking {

    public static final String REQUEST_ID = "tianshan.requestId";
    public static final String HEADER = "X-Request-Id";
    private static final Pattern ACCEPTABLE_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    private final long maxJsonBody;
    private final ProblemResponses problems;

    RequestTracking(@ConfigProperty(name = "tianshan.http.max-json-body") MemorySize maxJsonBody, ProblemResponses problems) {
        this.maxJsonBody = maxJsonBody.asLongValue();
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 100).handler(this::track);
    }

    public static String requestId(RoutingContext rc) {
        return rc == null ? null : rc.get(REQUEST_ID);
    }

    private void track(RoutingContext rc) {
        String offered = rc.request().getHeader(HEADER);
        String id = offered != null && ACCEPTABLE_ID.matcher(offered).matches() ? offered : newId();
        rc.put(REQUEST_ID, id);
        rc.response().putHeader(HEADER, id);
        MDC.put("requestId", id);
        if (isOversizeJson(rc)) {
            problems.send(rc, 413, "payload-too-large", "请求体过大",
                    "JSON 请求体不能超过 " + maxJsonBody / 1024 + " KB");
            return;
        }
        rc.next();
    }

    /** 128 random bits as a UUID; ThreadLocalRandom, because a request id needs uniqueness, not secrecy. */
    private static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    private boolean isOversizeJson(RoutingContext rc) {
        String contentType = rc.request().getHeader(HttpHeaders.CONTENT_TYPE);
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (contentType == null || length == null || !contentType.toLowerCase().contains("json")) {
            return false;
        }
        try {
            return Long.parseLong(length.trim()) > maxJsonBody;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
