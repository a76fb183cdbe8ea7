package cn.tianshan.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak from the {@code keycloak-quarkus-dist} zip (copied from Maven Central by the launcher build),
 * unpacked once per instance under {@code .local/keycloak/<instance>/}, started with {@code start-dev --import-realm}.
 */
final class KeycloakServer {

    static final String REALM = "tianshan";
    private static final String VERSION = "26.7.3";

    private final Workspace workspace;
    private final Path home;

    KeycloakServer(Workspace workspace, String instance) {
        this.workspace = workspace;
        this.home = workspace.local().resolve("keycloak").resolve(instance);
    }

    /** Drops the instance's database, so the next start imports the realm afresh. */
    void forgetData() {
        Workspace.deleteRecursively(home.resolve("data"));
    }

    boolean hasData() {
        return Files.isDirectory(home.resolve("data/h2"));
    }

    ChildProcess start(byte[] realmJson, int httpPort, int managementPort, Path log) {
        return start(realmJson, httpPort, managementPort, log, List.of());
    }

    /** {@code serverOptions}: further {@code kc.sh} options, e.g. an SPI setting for one instance only. */
    ChildProcess start(byte[] realmJson, int httpPort, int managementPort, Path log, List<String> serverOptions) {
        Ports.requireFree(httpPort, "Keycloak");
        Ports.requireFree(managementPort, "Keycloak management");
        unpackIfMissing();
        Path importDir = Workspace.ensureDirectory(home.resolve("data/import"));
        try {
            Files.write(importDir.resolve(REALM + "-realm.json"), realmJson);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = new ArrayList<>(List.of(
                home.resolve("bin/kc.sh").toString(), "start-dev", "--import-realm",
                "--http-port=" + httpPort, "--http-management-port=" + managementPort,
                "--hostname-strict=false"));
        command.addAll(serverOptions);
        ChildProcess keycloak = ChildProcess.start("Keycloak", command,
                home, Map.of(
                        "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                        "KC_BOOTSTRAP_ADMIN_PASSWORD", Env.get("TIANSHAN_KEYCLOAK_ADMIN_PASSWORD", "Admin@Tianshan2026"),
                        "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m"),
                log);
        return keycloak;
    }

    static String issuer(int httpPort) {
        return "http://localhost:" + httpPort + "/realms/" + REALM;
    }

    static void awaitRealm(ChildProcess keycloak, int httpPort) {
        keycloak.awaitHttpOk(issuer(httpPort) + "/.well-known/openid-configuration", Duration.ofMinutes(4));
    }

    private void unpackIfMissing() {
        if (Files.exists(home.resolve("bin/kc.sh"))) {
            return;
        }
        Path zip = workspace.launcherTarget().resolve("keycloak/keycloak-" + VERSION + ".zip");
        if (!Files.exists(zip)) {
            throw new LaunchException("Keycloak distribution missing at " + zip + ": build the launcher first (./mvnw -pl deploy/launcher package)");
        }
        System.out.println("  unpacking Keycloak " + VERSION + " into " + workspace.repo().relativize(home));
        String prefix = "keycloak-" + VERSION + "/";
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                String name = entry.getName().startsWith(prefix) ? entry.getName().substring(prefix.length()) : entry.getName();
                Path target = home.resolve(name).normalize();
                if (!target.startsWith(home)) {
                    throw new LaunchException("refusing zip entry outside the Keycloak home: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(entries, target, StandardCopyOption.REPLACE_EXISTING);
                    if (name.startsWith("bin/") && name.endsWith(".sh")) {
                        target.toFile().setExecutable(true);
                    }
                }
            }
        } catch (IOException e) {
            throw new LaunchException("could not unpack " + zip, e);
        }
    }
}
