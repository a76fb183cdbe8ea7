package cn.tianshan.intake;

import io.vertx.core.http.HttpServerRequest;

/** The address a public request came from (behind nginx, the forwarded one: see quarkus.http.proxy.* settings). */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServerRequest request) {
        if (request == null || request.remoteAddress() == null) {
            return "unknown";
        }
        String host = request.remoteAddress().hostAddress();
        return host == null ? "unknown" : host.length() > 45 ? host.substring(0, 45) : host;
    }
}
