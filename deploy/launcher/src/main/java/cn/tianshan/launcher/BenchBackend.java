package cn.tianshan.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The packaged backend as the benchmarks run it: production profile, the bench database, no sign-in server. */
final class BenchBackend {

    private BenchBackend() {
    }

    static ChildProcess start(Workspace workspace, Stack stack, Database database, int port, Path dir, String log) {
        return start(workspace, stack, database, port, dir, log, List.of());
    }

    /** With {@code jvmOptions} before the jar, e.g. the production heap. */
    static ChildProcess start(Workspace workspace, Stack stack, Database database, int port, Path dir, String log,
                              List<String> jvmOptions) {
        Ports.requireFree(port, "the bench backend");
        List<String> command = new java.util.ArrayList<>(List.of("java"));
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
