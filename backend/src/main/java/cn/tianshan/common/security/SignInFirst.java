package cn.tianshan.common.security;

import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A request to the staff API without a token is answered 401 before anything else is looked at. Without this, the
 * request's media type, path or body would be judged first, and an anonymous upload in the wrong format would hear
 * 415 (telling a stranger what the endpoint accepts) instead of "sign in". Roles are still checked on every
 * operation; this only puts the sign-in question first.
 */
public class SignInFirst {

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION)
    public void requireToken(HttpServerRequest request) {
        String path = request.path();
        if (!path.startsWith("/api/") || path.startsWith("/api/public/")) {
            return;
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || authorization.isBlank()) {
            throw new UnauthorizedException();
        }
    }
}
