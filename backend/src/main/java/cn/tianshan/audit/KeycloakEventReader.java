package cn.tianshan.audit;

import cn.tianshan.common.security.RealmAdmin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.keycloak.representations.idm.AuthDetailsRepresentation;
import org.keycloak.representations.idm.EventRepresentation;

/**
 * Reads what happens in Keycloak and not in the backend: failed sign-ins, lockouts, credential changes, and every
 * change an administrator makes in Keycloak's own console (people, roles, clients). Each becomes an audit entry
 * that names the account by username, as the backend's own records do.
 */
@ApplicationScoped
class KeycloakEventReader {

    /** Sign-in events worth an auditor's attention; a successful sign-in is recorded by the backend itself. */
    static final Map<String, String> USER_EVENT_ACTIONS = Map.of(
            "LOGIN_ERROR", "auth.login-failed",
            "USER_DISABLED_BY_TEMPORARY_LOCKOUT", "auth.locked-out",
            "USER_DISABLED_BY_PERMANENT_LOCKOUT", "auth.locked-out-permanently",
            "UPDATE_PASSWORD", "auth.password-changed",
            "UPDATE_CREDENTIAL", "auth.credential-changed",
            "REMOVE_CREDENTIAL", "auth.credential-removed");

    private static final Map<String, String> ERRORS = Map.of(
            "invalid_user_credentials", "密码错误",
            "user_not_found", "账号不存在",
            "user_temporarily_disabled", "账号已被临时锁定",
            "user_disabled", "账号已停用",
            "invalid_client_credentials", "客户端凭据错误",
            "invalid_user_totp", "动态口令错误");

    /** An administrator signed in to Keycloak's master realm, not to the site's realm. */
    static final String MASTER_ADMINISTRATOR = "keycloak:master";

    private static final int PAGE = 500;

    record KeycloakEvent(String id, String kind, long epochMillis, AuditEntry entry) {
    }

    private final RealmAdmin realmAdmin;
    private final Clock clock;
    private final Map<String, String> usernames = new ConcurrentHashMap<>();

    KeycloakEventReader(RealmAdmin realmAdmin, Clock clock) {
        this.realmAdmin = realmAdmin;
        this.clock = clock;
    }

    /** Sign-in events from the given moment on, oldest first. */
    List<KeycloakEvent> userEventsSince(long fromMillis) {
        RealmResource realm = realmAdmin.realm();
        List<String> types = List.copyOf(USER_EVENT_ACTIONS.keySet());
        return allPages((first, max) -> realm.getEvents(types, null, null, fromMillis, Long.MAX_VALUE, null, first, max, "asc"),
                this::userEvent);
    }

    /** Changes administrators made in Keycloak from the given moment on, oldest first. */
    List<KeycloakEvent> adminEventsSince(long fromMillis) {
        RealmResource realm = realmAdmin.realm();
        return allPages((first, max) -> realm.getAdminEvents(null, null, null, null, null, null, null, fromMillis, Long.MAX_VALUE,
                first, max, "asc"), this::adminEvent);
    }

    private static <T> List<KeycloakEvent> allPages(BiFunction<Integer, Integer, List<T>> page, Function<T, KeycloakEvent> toEvent) {
        List<KeycloakEvent> events = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            List<T> read = page.apply(first, PAGE);
            read.forEach(event -> events.add(toEvent.apply(event)));
            if (read.size() < PAGE) {
                return events;
            }
        }
    }

    private KeycloakEvent userEvent(EventRepresentation event) {
        Map<String, String> details = event.getDetails() == null ? Map.of() : event.getDetails();
        String username = event.getUserId() != null ? usernameOf(event.getUserId()) : null;
        if (username == null) {
            username = details.get("username");
        }
        String error = event.getError() == null ? null : ERRORS.getOrDefault(event.getError(), event.getError());
        AuditEntry entry = new AuditEntry(localTime(event.getTime()), username, null, null,
                USER_EVENT_ACTIONS.get(event.getType()), "account", username,
                event.getType().equals("LOGIN_ERROR") || event.getType().startsWith("USER_DISABLED")
                        ? AuditEntry.Outcome.FAILURE : AuditEntry.Outcome.SUCCESS,
                null, error, event.getIpAddress(), event.getId());
        return new KeycloakEvent(event.getId(), "user", event.getTime(), entry);
    }

    private KeycloakEvent adminEvent(AdminEventRepresentation event) {
        AuthDetailsRepresentation by = event.getAuthDetails();
        String administrator = by == null || by.getUserId() == null ? MASTER_ADMINISTRATOR : usernameOf(by.getUserId());
        AuditEntry entry = new AuditEntry(localTime(event.getTime()), administrator == null ? MASTER_ADMINISTRATOR : administrator,
                null, null, "keycloak." + event.getOperationType().toLowerCase(),
                "keycloak:" + event.getResourceType().toLowerCase().replace('_', '-'), event.getResourcePath(),
                event.getError() == null ? AuditEntry.Outcome.SUCCESS : AuditEntry.Outcome.FAILURE, null,
                event.getError(), by == null ? null : by.getIpAddress(), event.getId());
        return new KeycloakEvent(event.getId(), "admin", event.getTime(), entry);
    }

    /** The account's username in the site's realm; null for an account outside it (an administrator of master). */
    private String usernameOf(String userId) {
        String known = usernames.get(userId);
        if (known != null) {
            return known;
        }
        try {
            String username = realmAdmin.realm().users().get(userId).toRepresentation().getUsername();
            usernames.put(userId, username);
            return username;
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return null;
            }
            throw e;
        }
    }

    private LocalDateTime localTime(long epochMillis) {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), clock.getZone()).truncatedTo(ChronoUnit.SECONDS);
    }
}
