package cn.tianshan.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * What the audit log's sign-in page of a real department shows: a colleague mistyping a password, and someone from
 * outside trying the usual account names. Real failed sign-ins at the realm's token endpoint (Keycloak's built-in
 * {@code admin-cli} client), which Keycloak records and the audit import copies in: nothing is written into the
 * chain here. Too few to lock anyone out.
 */
@ApplicationScoped
class DemoSignIns {

    private static final Logger LOG = Logger.getLogger(DemoSignIns.class);
    private static final List<String[]> ATTEMPTS = List.of(
            new String[] {"zhang.wei", "Tianshan@2025"},
            new String[] {"admin", "admin123"},
            new String[] {"admin", "Admin@123"},
            new String[] {"root", "123456"},
            new String[] {"webmaster", "jtyst2026"});

    private final String issuer;

    DemoSignIns(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String issuer) {
        this.issuer = issuer;
    }

    void load() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            for (String[] attempt : ATTEMPTS) {
                String form = "grant_type=password&client_id=admin-cli&username=" + encode(attempt[0]) + "&password=" + encode(attempt[1]);
                http.send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                        .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
            }
        } catch (IOException e) {
            LOG.warnf("Demo sign-in failures not sent to Keycloak: %s", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
