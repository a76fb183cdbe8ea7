package cn.tianshan.testing;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real access tokens from the test realm's Keycloak: a password grant through the test-only client for
 * people, client credentials for the integration client. Cached until shortly before they expire.
 */
public final class Tokens {

    public static final String PASSWORD = "Tianshan@2026";

    private record Cached(String token, Instant expires) {
    }

    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    public static String issuer() {
        return env("TIANSHAN_OIDC_URL", "http://localhost:8182/realms/tianshan");
    }

    public static String of(String username) {
        return CACHE.compute(username, (user, cached) -> cached != null && cached.expires().isAfter(Instant.now())
                ? cached : fetch(Map.of("grant_type", "password", "client_id", testClient(), "client_secret", testSecret(),
                "username", user, "password", PASSWORD))).token();
    }

    /** A token of a brand-new Keycloak session, for tests that need a login the backend has not seen yet. */
    public static String freshSession(String username) {
        return fetch(Map.of("grant_type", "password", "client_id", testClient(), "client_secret", testSecret(),
                "username", username, "password", PASSWORD)).token();
    }

    public static String integration() {
        return CACHE.compute("client:integration", (key, cached) -> cached != null && cached.expires().isAfter(Instant.now())
                ? cached : fetch(Map.of("grant_type", "client_credentials", "client_id", "tianshan-integration",
                "client_secret", "tianshan-integration-demo-secret"))).token();
    }

    /** The raw token endpoint answer, for tests about Keycloak's own policies. */
    public static io.restassured.response.Response passwordGrant(String username, String password) {
        return given().formParams(Map.of("grant_type", "password", "client_id", testClient(), "client_secret", testSecret(),
                "username", username, "password", password)).post(issuer() + "/protocol/openid-connect/token");
    }

    /** Keycloak's base address, for its admin API. */
    public static String keycloakServer() {
        String issuer = issuer();
        return issuer.substring(0, issuer.indexOf("/realms/"));
    }

    /** A token of Keycloak's bootstrap administrator (master realm), who can change anything in the test realm. */
    public static String keycloakAdministrator() {
        String password = env("TIANSHAN_KEYCLOAK_ADMIN_PASSWORD", "Admin@Tianshan2026");
        return given().formParams(Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", password))
                .post(keycloakServer() + "/realms/master/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
    }

    private static Cached fetch(Map<String, String> form) {
        var response = given().formParams(form).post(issuer() + "/protocol/openid-connect/token");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + form.get("username") + ": " + response.asString());
        }
        int lifetime = response.jsonPath().getInt("expires_in");
        return new Cached(response.jsonPath().getString("access_token"),
                Instant.now().plus(Duration.ofSeconds(Math.max(10, lifetime - 30))));
    }

    private static String testClient() {
        return env("TIANSHAN_TEST_CLIENT", "tianshan-test");
    }

    private static String testSecret() {
        return env("TIANSHAN_TEST_CLIENT_SECRET", "tianshan-test-secret");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
