package cn.tianshan.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Paths inside the repository; everything the launcher writes lives under the ignored {@code .local/}. */
record Workspace(Path repo) {

    Path local() {
        return repo.resolve(".local");
    }

    Path launcherTarget() {
        return repo.resolve("deploy/launcher/target");
    }

    Path realmFile() {
        return repo.resolve("deploy/keycloak/tianshan-realm.json");
    }

    Path testRealmOverlay() {
        return repo.resolve("deploy/keycloak/tianshan-realm.test-overlay.json");
    }

    Path backendJar() {
        return repo.resolve("backend/target/quarkus-app/quarkus-run.jar");
    }

    Path spaDirectory() {
        return repo.resolve("frontend/dist");
    }

    static Path ensureDirectory(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
