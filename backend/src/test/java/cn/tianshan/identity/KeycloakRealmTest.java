package cn.tianshan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.tianshan.common.security.Role;
import cn.tianshan.testing.DemoUsers;
import cn.tianshan.testing.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The demo realm's structure (deploy/keycloak): roles, people with units, clients. Its policies are tested against
 * the running Keycloak in {@link KeycloakPoliciesTest}.
 */
class KeycloakRealmTest {

    private static final JsonNode REALM = read("tianshan-realm.json");

    private static JsonNode read(String name) {
        try {
            return new ObjectMapper().readTree(Path.of("..", "deploy", "keycloak", name).toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyRoleOfTheRequirementsExists() {
        Set<String> roles = new HashSet<>();
        REALM.path("roles").path("realm").forEach(r -> roles.add(r.path("name").asText()));
        assertThat(roles).containsAll(Arrays.stream(Role.values()).map(Role::wireName).toList());
    }

    @Test
    void everyPersonHasAUnitAndEveryRoleHasADemoUser() {
        Set<String> covered = new HashSet<>();
        for (JsonNode user : REALM.path("users")) {
            if (user.has("serviceAccountClientId")) {
                continue;
            }
            assertThat(user.path("attributes").path("unit").path(0).asText()).as(user.path("username").asText()).matches("[A-Z0-9]{2,16}");
            user.path("realmRoles").forEach(r -> covered.add(r.asText()));
        }
        assertThat(covered).containsAll(Arrays.stream(Role.values()).filter(r -> r != Role.INTEGRATION).map(Role::wireName).toList());
        assertThat(declaredProfileAttributes()).as("Keycloak 24+ drops undeclared attributes on import")
                .contains("unit", "officePhone", "mobile");
    }

    @Test
    void theSpaUsesPkceWithExactRedirectsAndTheTestClientIsNotInTheDemoRealm() {
        JsonNode spa = find(REALM.path("clients"), "clientId", "tianshan-spa");
        assertThat(spa.path("publicClient").asBoolean()).isTrue();
        assertThat(spa.path("attributes").path("pkce.code.challenge.method").asText()).isEqualTo("S256");
        spa.path("redirectUris").forEach(uri -> assertThat(uri.asText()).doesNotContain("*"));
        JsonNode integration = find(REALM.path("clients"), "clientId", "tianshan-integration");
        assertThat(integration.path("serviceAccountsEnabled").asBoolean()).isTrue();
        assertThat(integration.path("standardFlowEnabled").asBoolean()).isFalse();
        assertThat(integration.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        REALM.path("clients").forEach(c -> assertThat(c.path("clientId").asText()).isNotEqualTo("tianshan-test"));
        JsonNode directory = find(REALM.path("clients"), "clientId", "tianshan-directory");
        assertThat(directory.path("serviceAccountsEnabled").asBoolean()).isTrue();
        assertThat(directory.path("standardFlowEnabled").asBoolean()).isFalse();
        JsonNode account = find(REALM.path("users"), "serviceAccountClientId", "tianshan-directory");
        assertThat(account.path("clientRoles").path("realm-management").toString()).doesNotContain("manage");
    }

    @Test
    void theRunningKeycloakLocksAnAccountAfterFiveFailures() {
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(Tokens.passwordGrant(DemoUsers.LOCKOUT_PROBE, "Wrong@Password1").jsonPath().getString("error"))
                    .isEqualTo("invalid_grant");
        }
        var afterLockout = Tokens.passwordGrant(DemoUsers.LOCKOUT_PROBE, Tokens.PASSWORD);
        assertThat(afterLockout.statusCode()).as(afterLockout.asString()).isIn(400, 401);
        assertThat(afterLockout.jsonPath().getString("access_token")).isNull();
    }

    @Test
    void theRunningKeycloakPutsTheUnitIntoTheToken() {
        String token = Tokens.of(DemoUsers.EDITOR_AFFILIATED);
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(payload).contains("\"unit\":\"GLFZZX\"").contains("\"aud\":\"tianshan-api\"");
    }

    private static List<String> declaredProfileAttributes() {
        String config = REALM.path("components").path("org.keycloak.userprofile.UserProfileProvider").path(0)
                .path("config").path("kc.user.profile.config").path(0).asText();
        try {
            List<String> names = new ArrayList<>();
            new ObjectMapper().readTree(config).path("attributes").forEach(a -> names.add(a.path("name").asText()));
            return names;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (value.equals(node.path(field).asText())) {
                return node;
            }
        }
        throw new AssertionError("no " + field + "=" + value);
    }
}
