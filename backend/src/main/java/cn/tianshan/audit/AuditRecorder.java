package cn.tianshan.audit;

import cn.tianshan.common.time.Timestamps;
import cn.tianshan.common.error.Problem;
import cn.tianshan.common.security.CurrentUser;
import cn.tianshan.common.security.Role;
import cn.tianshan.common.web.ProblemResponses;
import cn.tianshan.common.web.RequestTracking;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Decides what a finished request leaves in the audit log: every state-changing request by an
 * authenticated user, every authorisation denial, every rejected token, the first request of each login,
 * and reads marked {@link Audited}. Failures are recorded with the problem's title and the offending
 * field names, never the submitted values.
 */
@ApplicationScoped
class AuditRecorder {

    private static final Logger LOG = Logger.getLogger(AuditRecorder.class);
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    record Completed(String method, String path, int status, Audited audited, String fallbackAction,
                     String pathTargetId, boolean presentedToken, RoutingContext rc) {
    }

    private final AuditLog log;
    private final LoginSessions sessions;
    private final Instance<CurrentIdentityAssociation> identities;
    private final Instance<AuditTrail> trail;
    private final io.quarkus.vertx.http.runtime.CurrentVertxRequest vertxRequest;
    private final Clock clock;

    AuditRecorder(AuditLog log, LoginSessions sessions, Instance<CurrentIdentityAssociation> identities,
                  Instance<AuditTrail> trail, io.quarkus.vertx.http.runtime.CurrentVertxRequest vertxRequest, Clock clock) {
        this.vertxRequest = vertxRequest;
        this.log = log;
        this.sessions = sessions;
        this.identities = identities;
        this.trail = trail;
        this.clock = clock;
    }

    /** The record of a successful change, in the change's transaction (see {@link AuditedTransaction}). */
    void recordInTransaction(Audited audited, String pathTargetId, int status) {
        RoutingContext rc = vertxRequest.getCurrent();
        SecurityIdentity identity = identity(rc, true);
        boolean authenticated = identity != null && !identity.isAnonymous();
        Completed request = new Completed(rc == null ? "" : rc.request().method().name(), rc == null ? "" : rc.request().path(),
                status, audited, audited.action(), pathTargetId, true, rc);
        log.appendInTransaction(entry(request, authenticated ? identity : null, false));
    }

    void completed(Completed request) {
        boolean blockingAllowed = BlockingOperationControl.isBlockingAllowed();
        SecurityIdentity identity = identity(request.rc(), blockingAllowed);
        boolean authenticated = identity != null && !identity.isAnonymous();
        boolean denied = request.status() == 403;
        boolean tokenRejected = request.status() == 401 && request.presentedToken();
        boolean changing = !READS.contains(request.method());
        if (authenticated) {
            noticeLogin(identity, request, blockingAllowed);
        }
        if (!(denied || tokenRejected || (changing && authenticated) || request.audited() != null)) {
            return;
        }
        AuditTrail named = trailOrNull();
        if (named != null && named.isRecordedInTransaction()) {
            return;
        }
        AuditEntry entry = entry(request, authenticated ? identity : null, tokenRejected);
        write(entry, blockingAllowed);
    }

    private AuditEntry entry(Completed request, SecurityIdentity identity, boolean tokenRejected) {
        Audited audited = request.audited();
        String action = tokenRejected ? "auth.token-rejected" : audited != null ? audited.action() : request.fallbackAction();
        String targetType = audited != null && !audited.targetType().isEmpty() ? audited.targetType() : null;
        String targetId = request.pathTargetId();
        AuditTrail named = trailOrNull();
        if (named != null && named.targetType() != null) {
            targetType = named.targetType();
            targetId = named.targetId();
        }
        boolean success = request.status() < 400;
        return new AuditEntry(Timestamps.now(clock), username(identity), claim(identity, CurrentUser.UNIT_CLAIM),
                roles(identity), action, targetType, targetId,
                success ? AuditEntry.Outcome.SUCCESS : AuditEntry.Outcome.FAILURE, request.status(),
                success ? null : error(request), clientAddress(request.rc()), RequestTracking.requestId(request.rc()));
    }

    private void noticeLogin(SecurityIdentity identity, Completed request, boolean blockingAllowed) {
        String sid = claim(identity, "sid");
        if (sid == null || sessions.alreadySeen(sid)) {
            return;
        }
        AuditEntry login = new AuditEntry(Timestamps.now(clock), username(identity), claim(identity, CurrentUser.UNIT_CLAIM),
                roles(identity), "auth.login", "session", sid, AuditEntry.Outcome.SUCCESS, null, null,
                clientAddress(request.rc()), RequestTracking.requestId(request.rc()));
        Runnable record = () -> {
            if (sessions.firstSighting(sid)) {
                log.append(login);
            }
        };
        run(record, blockingAllowed);
    }

    private void write(AuditEntry entry, boolean blockingAllowed) {
        run(() -> log.append(entry), blockingAllowed);
    }

    private static void run(Runnable work, boolean blockingAllowed) {
        Runnable guarded = () -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.errorf(e, "Could not write an audit record");
            }
        };
        if (blockingAllowed) {
            guarded.run();
        } else {
            Infrastructure.getDefaultWorkerPool().execute(guarded);
        }
    }

    private SecurityIdentity identity(RoutingContext rc, boolean blockingAllowed) {
        if (rc != null && rc.user() instanceof QuarkusHttpUser user) {
            return user.getSecurityIdentity();
        }
        if (!blockingAllowed || !identities.isResolvable()) {
            return null;
        }
        try {
            return identities.get().getIdentity();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private AuditTrail trailOrNull() {
        try {
            AuditTrail named = trail.get();
            named.targetType();
            return named;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String error(Completed request) {
        Problem problem = request.rc() == null ? null : request.rc().get(ProblemResponses.PROBLEM_KEY);
        if (problem == null) {
            return "HTTP " + request.status();
        }
        String fields = problem.errors() == null || problem.errors().isEmpty() ? ""
                : " [" + problem.errors().stream().map(e -> e.field()).distinct().collect(Collectors.joining(", ")) + "]";
        return problem.title() + ": " + problem.detail() + fields;
    }

    private static String username(SecurityIdentity identity) {
        if (identity == null) {
            return null;
        }
        String preferred = claim(identity, "preferred_username");
        if (preferred != null) {
            return preferred;
        }
        String clientId = claim(identity, "azp");
        return clientId != null && identity.hasRole(Role.INTEGRATION.wireName()) ? "client:" + clientId
                : identity.getPrincipal().getName();
    }

    private static String roles(SecurityIdentity identity) {
        if (identity == null) {
            return null;
        }
        return identity.getRoles().stream().filter(r -> Role.fromWireName(r).isPresent())
                .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining(","));
    }

    private static String claim(SecurityIdentity identity, String name) {
        if (identity != null && identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object value = jwt.getClaim(name);
            return value == null ? null : value.toString();
        }
        return null;
    }

    private static String clientAddress(RoutingContext rc) {
        if (rc == null || rc.request().remoteAddress() == null) {
            return null;
        }
        return rc.request().remoteAddress().hostAddress();
    }
}
