package cn.tianshan.common.security;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;

/**
 * Read-only access to the realm the backend verifies tokens against, through the {@code tianshan-directory}
 * client (client credentials; realm-management view-users, query-users, view-realm and view-events: it can read
 * people, roles and sign-in events and change nothing). The people directory and the audit log's import of
 * Keycloak's events share this one client.
 */
@ApplicationScoped
public class RealmAdmin {

    private final Keycloak keycloak;
    private final String realm;

    RealmAdmin(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String issuer,
               @ConfigProperty(name = "tianshan.directory.client-id") String clientId,
               @ConfigProperty(name = "tianshan.directory.client-secret") String secret) {
        int realms = issuer.indexOf("/realms/");
        if (realms < 0) {
            throw new IllegalArgumentException("the OIDC URL " + issuer + " names no realm");
        }
        this.realm = issuer.substring(realms + "/realms/".length()).replaceAll("/+$", "");
        this.keycloak = KeycloakBuilder.builder().serverUrl(issuer.substring(0, realms)).realm(realm)
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS).clientId(clientId).clientSecret(secret).build();
    }

    public RealmResource realm() {
        return keycloak.realm(realm);
    }

    @PreDestroy
    void close() {
        keycloak.close();
    }
}
