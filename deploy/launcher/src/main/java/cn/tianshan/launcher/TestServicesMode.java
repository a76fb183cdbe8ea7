package cn.tianshan.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code deploy/test}'s services: the MariaDB at 127.0.0.1:3306 when reachable (else an embedded one),
 * two fresh databases — one for the backend suite, one for the browser tests, so the two suites run side by
 * side — and a fresh Keycloak with the test realm. Their coordinates go to
 * {@code .local/test/services.env}; the marker file {@code .local/test/ready} says they are up.
 */
final class TestServicesMode {

    static final String TEST_CLIENT_SECRET = "tianshan-test-secret";
    /**
     * Since Keycloak 26 its brute-force detector refuses a sign-in while another one for the same person is under way
     * (user_temporarily_disabled, no failure counted). The backend suite and the browser tests sign in as the same
     * demo people at the same moment, so the test realm allows it; run mode and production keep Keycloak's default.
     */
    static final String CONCURRENT_SIGN_INS =
            "--spi-brute-force-protector--default-brute-force-detector--allow-concurrent-requests=true";

    private final Workspace workspace;
    private final Stack stack;

    TestServicesMode(Workspace workspace, Stack stack) {
        this.workspace = workspace;
        this.stack = stack;
    }

    void start() {
        Path dir = Workspace.ensureDirectory(workspace.local().resolve("test"));
        Path ready = dir.resolve("ready");
        try {
            Files.deleteIfExists(ready);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Database database = database(dir);
        Database e2eDatabase = new Database(database.host(), database.port(), database.user(), database.password(), "tianshan_e2e");
        e2eDatabase.recreate();

        int keycloakPort = Env.port("TIANSHAN_TEST_KEYCLOAK_PORT", 8182);
        String e2eOrigin = "http://localhost:" + Env.port("TIANSHAN_E2E_PORT", 8083);
        System.out.println("→ Keycloak (test realm) on port " + keycloakPort);
        KeycloakServer keycloak = new KeycloakServer(workspace, "test");
        keycloak.forgetData();
        RealmFile realm = RealmFile.read(workspace.realmFile())
                .withOverlay(workspace.testRealmOverlay(), Map.of("E2E_ORIGIN", e2eOrigin, "TEST_CLIENT_SECRET", TEST_CLIENT_SECRET));
        ChildProcess process = keycloak.start(realm.bytes(), keycloakPort,
                Env.port("TIANSHAN_TEST_KEYCLOAK_MANAGEMENT_PORT", 9182), dir.resolve("logs/keycloak.log"),
                List.of(CONCURRENT_SIGN_INS));
        stack.started(process);
        KeycloakServer.awaitRealm(process, keycloakPort);

        String env = String.join("\n",
                "export TIANSHAN_DB_URL='" + database.jdbcUrl() + "'",
                "export TIANSHAN_DB_USER='" + database.user() + "'",
                "export TIANSHAN_DB_PASSWORD='" + database.password() + "'",
                "export TIANSHAN_OIDC_URL='" + KeycloakServer.issuer(keycloakPort) + "'",
                "export TIANSHAN_TEST_CLIENT='tianshan-test'",
                "export TIANSHAN_TEST_CLIENT_SECRET='" + TEST_CLIENT_SECRET + "'",
                "export TIANSHAN_E2E_ORIGIN='" + e2eOrigin + "'",
                "export TIANSHAN_E2E_DB_URL='" + e2eDatabase.jdbcUrl() + "'",
                "");
        try {
            Files.writeString(dir.resolve("services.env"), env);
            Files.writeString(ready, "ready\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("✓ test services ready (.local/test/services.env)");
    }

    private Database database(Path dir) {
        return Database.localOrEmbedded(workspace, stack, "tianshan_test", Env.port("TIANSHAN_TEST_EMBEDDED_DB_PORT", 3308),
                dir.resolve("mariadb-data"));
    }
}
