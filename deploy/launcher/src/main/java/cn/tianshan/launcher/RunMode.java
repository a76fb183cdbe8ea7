package cn.tianshan.launcher;

import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code deploy/run}: database (embedded unless TIANSHAN_DB_URL is given), Keycloak, backend serving the SPA. */
final class RunMode {

    private final Workspace workspace;
    private final Stack stack;

    RunMode(Workspace workspace, Stack stack) {
        this.workspace = workspace;
        this.stack = stack;
    }

    void start() {
        int appPort = Env.port("TIANSHAN_HTTP_PORT", 8080);
        Ports.requireFree(appPort, "the backend");
        Map<String, String> backendEnv = infrastructure();
        int keycloakPort = Env.port("TIANSHAN_KEYCLOAK_PORT", 8180);

        System.out.println("→ backend on port " + appPort);
        backendEnv.put("QUARKUS_HTTP_PORT", Integer.toString(appPort));
        backendEnv.put("TIANSHAN_SPA_DIRECTORY", workspace.spaDirectory().toString());
        ChildProcess backend = ChildProcess.start("backend", List.of("java", "-XX:+PerfDisableSharedMem", "-jar",
                        workspace.backendJar().toString()),
                workspace.repo(), backendEnv, workspace.local().resolve("run/logs/backend.log"));
        stack.started(backend);
        backend.awaitHttpOk("http://localhost:" + appPort + "/q/health/ready", Duration.ofMinutes(5));

        printWelcome(appPort, keycloakPort, RealmFile.read(workspace.realmFile()), "");
    }

    /** {@code deploy/cluster}: the same system as {@code run}, as N backend nodes behind nginx on the same port. */
    void startCluster(int nodes) {
        int appPort = Env.port("TIANSHAN_HTTP_PORT", 8080);
        Ports.requireFree(appPort, "nginx");
        Map<String, String> backendEnv = infrastructure();
        int keycloakPort = Env.port("TIANSHAN_KEYCLOAK_PORT", 8180);
        Cluster cluster = new Cluster(workspace, stack, workspace.local().resolve("cluster"), backendEnv,
                Env.port("TIANSHAN_FIRST_NODE_PORT", 8091), nodes);
        for (int i = 0; i < nodes; i++) {
            System.out.println("→ backend node " + (i + 1) + " on port " + cluster.port(i));
            cluster.startNode(i, Duration.ofMinutes(5));
        }
        System.out.println("→ nginx on port " + appPort + " in front of " + nodes + " nodes");
        cluster.startNginx(appPort, "http://localhost:" + keycloakPort);
        printWelcome(appPort, keycloakPort, RealmFile.read(workspace.realmFile()),
                nodes + " backend nodes (ports " + cluster.port(0) + "–" + cluster.port(nodes - 1) + ") behind nginx; logs .local/cluster/logs/");
    }

    /** The database, Keycloak with the demo realm and a mail server; the environment every backend process gets. */
    private Map<String, String> infrastructure() {
        int keycloakPort = Env.port("TIANSHAN_KEYCLOAK_PORT", 8180);
        requireBuilt();

        Map<String, String> backendEnv = new HashMap<>();
        backendEnv.putAll(database());

        System.out.println("→ Keycloak on port " + keycloakPort);
        KeycloakServer keycloak = new KeycloakServer(workspace, "run");
        if (keycloak.hasData()) {
            System.out.println("  (realm kept from the last run; delete .local/keycloak/run/data to import deploy/keycloak again)");
        }
        RealmFile realm = RealmFile.read(workspace.realmFile());
        ChildProcess keycloakProcess = keycloak.start(realm.bytes(), keycloakPort,
                Env.port("TIANSHAN_KEYCLOAK_MANAGEMENT_PORT", 9180), workspace.local().resolve("run/logs/keycloak.log"));
        stack.started(keycloakProcess);
        KeycloakServer.awaitRealm(keycloakProcess, keycloakPort);

        backendEnv.putAll(mail());
        backendEnv.put("TIANSHAN_OIDC_URL", KeycloakServer.issuer(keycloakPort));
        backendEnv.put("TIANSHAN_DEMO_DATA", Env.isSet("TIANSHAN_DEMO_DATA") ? System.getenv("TIANSHAN_DEMO_DATA") : "true");
        return backendEnv;
    }

    private Map<String, String> database() {
        if (Env.isSet("TIANSHAN_DB_URL")) {
            System.out.println("→ database: " + System.getenv("TIANSHAN_DB_URL") + " (from TIANSHAN_DB_URL)");
            return Map.of();
        }
        int port = Env.port("TIANSHAN_EMBEDDED_DB_PORT", 3307);
        System.out.println("→ embedded MariaDB on port " + port + " (data in .local/run/mariadb-data)");
        EmbeddedMariaDb embedded = EmbeddedMariaDb.start(workspace, workspace.local().resolve("run/mariadb-data"), port);
        stack.started(embedded);
        Database database = embedded.database("tianshan");
        database.createIfMissing();
        return Map.of("TIANSHAN_DB_URL", database.jdbcUrl(), "TIANSHAN_DB_USER", database.user(),
                "TIANSHAN_DB_PASSWORD", database.password());
    }

    private void requireBuilt() {
        if (!Files.exists(workspace.backendJar())) {
            throw new LaunchException("backend not built: " + workspace.backendJar() + " is missing (deploy/run builds it)");
        }
        if (!Files.exists(workspace.spaDirectory().resolve("index.html"))) {
            throw new LaunchException("frontend not built: " + workspace.spaDirectory() + "/index.html is missing (deploy/run builds it)");
        }
    }

    /** A local SMTP server for the demo, unless TIANSHAN_MAIL_HOST names a real one. */
    private Map<String, String> mail() {
        if (Env.isSet("TIANSHAN_MAIL_HOST")) {
            System.out.println("→ mail: SMTP at " + System.getenv("TIANSHAN_MAIL_HOST") + " (from TIANSHAN_MAIL_HOST)");
            return Map.of();
        }
        int port = Env.port("TIANSHAN_DEMO_SMTP_PORT", 3025);
        Ports.requireFree(port, "the demo mail server");
        System.out.println("→ demo mail server (SMTP) on port " + port);
        stack.started(DemoMailServer.start(port));
        return Map.of("TIANSHAN_MAIL_HOST", "127.0.0.1", "TIANSHAN_MAIL_PORT", Integer.toString(port),
                "TIANSHAN_MAIL_STARTTLS", "DISABLED");
    }

    private static void printWelcome(int appPort, int keycloakPort, RealmFile realm, String shape) {
        String line = "─".repeat(78);
        System.out.println();
        System.out.println(line);
        System.out.println(" 天山 Tianshan is running" + (shape.isEmpty() ? "" : ": " + shape));
        System.out.println("   public site    http://localhost:" + appPort + "/");
        System.out.println("   admin console  http://localhost:" + appPort + "/admin");
        System.out.println("   API contract   http://localhost:" + appPort + "/q/openapi");
        System.out.println("   sent e-mail    admin console → 邮件记录 (sun.li or zhou.tao see all of it)");
        System.out.println("   Keycloak       http://localhost:" + keycloakPort + "/admin  (admin / see TIANSHAN_KEYCLOAK_ADMIN_PASSWORD, default Admin@Tianshan2026)");
        System.out.println();
        System.out.println(" Demo logins (administrator roles are asked to set up an authenticator app on first login):");
        System.out.printf("   %-16s %-16s %-10s %-8s %s%n", "username", "password", "name", "unit", "roles");
        for (RealmFile.DemoUser user : realm.demoUsers()) {
            System.out.printf("   %-16s %-16s %-10s %-8s %s%n", user.username(), user.password(), user.displayName(),
                    user.unit(), String.join(",", user.roles()));
        }
        System.out.println();
        System.out.println(" Ctrl-C stops everything started here. Logs: .local/run/logs/");
        System.out.println(line);
    }
}
