package cn.tianshan.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The packaged backend as the benchmarks run it: production profile, the bench database, no sign-in server. */
final class BenchBackend {

    /**
     * The node's JVM settings in production (deploy/systemd/tianshan@.service): the heap, and G1 allowed 20 % of the time
     * for collection before it grows the heap. With G1's default (8 %) a read storm at 30,000 answers a second grew the
     * heap to its maximum and the node to 790 MB resident with a live set near 250 MB; with 20 % it stayed at 714 MB
     * and answered more (35,523 against 30,180 a second on the same data).
     */
    static final List<String> PRODUCTION_JVM = List.of("-Xmx512m", "-XX:GCTimeRatio=4");

    private BenchBackend() {
    }

    static ChildProcess start(Workspace workspace, Stack stack, Database database, int port, Path dir, String log) {
        return start(workspace, stack, database, port, dir, log, List.of());
    }

    /** With {@code jvmOptions} before the jar, e.g. the production heap. */
    static ChildProcess start(Workspace workspace, Stack stack, Database database, int port, Path dir, String log,
                              List<String> jvmOptions) {
        Ports.requireFree(port, "the bench backend");
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-XX:+PerfDisableSharedMem", "-jar", workspace.backendJar().toString()));
        ChildProcess backend = ChildProcess.start("backend", command,
                workspace.repo(), Map.of("QUARKUS_HTTP_PORT", Integer.toString(port), "TIANSHAN_DB_URL", database.jdbcUrl(),
                        "TIANSHAN_DB_USER", database.user(), "TIANSHAN_DB_PASSWORD", database.password(),
                        "TIANSHAN_OIDC_URL", "http://127.0.0.1:9/realms/tianshan", "TIANSHAN_STORAGE_DIR", dir.resolve("files").toString(),
                        "TIANSHAN_SEARCH_DIR", dir.resolve("search-index").toString(),
                        "TIANSHAN_PAGE_COPIES_DIR", dir.resolve("page-copies").toString()),
                dir.resolve("logs").resolve(log));
        stack.started(backend);
        return backend;
    }
}
