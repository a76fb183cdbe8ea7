package cn.tianshan.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code deploy/bench/run}: the public read API with 100,000 published items, against nginx serving the same
 * response bytes from files on the same machine in the same run, both driven by wrk at 64 connections.
 * Prints requests per second and p99 latency for each, and the ratios against the targets (at least half
 * of nginx's throughput, p99 under 50 ms).
 */
final class BenchMode {

    private static final int ITEMS = 100_000;
    private static final String COLUMN_CODE = "jtyw";
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern P99 = Pattern.compile("\\s99%\\s+([\\d.]+)(us|ms|s)");

    record Result(String label, double requestsPerSecond, double p99Millis) {
    }

    private final Workspace workspace;
    private final Stack stack;
    private final Path dir;
    private final String duration = Env.get("TIANSHAN_BENCH_DURATION", "15s");
    private final HttpClient http = HttpClient.newHttpClient();

    BenchMode(Workspace workspace, Stack stack) {
        this.workspace = workspace;
        this.stack = stack;
        this.dir = workspace.local().resolve("bench");
    }

    void run() throws Exception {
        Workspace.ensureDirectory(dir.resolve("logs"));
        Path www = Workspace.ensureDirectory(dir.resolve("www"));
        int apiPort = Env.port("TIANSHAN_BENCH_API_PORT", 8085);
        int nginxPort = Env.port("TIANSHAN_BENCH_NGINX_PORT", 8086);
        Database database = Database.localOrEmbedded(workspace, stack, "tianshan_bench",
                Env.port("TIANSHAN_BENCH_EMBEDDED_DB_PORT", 3309), dir.resolve("mariadb-data"));

        System.out.println("→ backend on port " + apiPort + " (the packaged jar, production profile)");
        Ports.requireFree(apiPort, "the bench backend");
        ChildProcess backend = ChildProcess.start("backend", List.of("java", "-XX:+PerfDisableSharedMem", "-jar",
                        workspace.backendJar().toString()),
                workspace.repo(), Map.of("QUARKUS_HTTP_PORT", Integer.toString(apiPort), "TIANSHAN_DB_URL", database.jdbcUrl(),
                        "TIANSHAN_DB_USER", database.user(), "TIANSHAN_DB_PASSWORD", database.password(),
                        "TIANSHAN_OIDC_URL", "http://127.0.0.1:9/realms/tianshan", "TIANSHAN_STORAGE_DIR", dir.resolve("files").toString(),
                        "TIANSHAN_SEARCH_DIR", dir.resolve("search-index").toString()),
                dir.resolve("logs/backend.log"));
        stack.started(backend);
        String api = "http://127.0.0.1:" + apiPort;
        backend.awaitHttpOk(api + "/q/health/ready", Duration.ofMinutes(3));

        System.out.println("→ seeding " + ITEMS + " published items");
        long started = System.nanoTime();
        long column = BenchSeeder.seed(database, COLUMN_CODE, ITEMS);
        System.out.printf("  seeded in %.1f s%n", (System.nanoTime() - started) / 1e9);
        awaitQuietDatabase(database);

        String itemPath = "/api/public/articles/" + ITEMS / 2;
        String firstPage = "/api/public/columns/" + column + "/articles";
        String lastCursor = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("2024-01-01T08:21|21").getBytes(StandardCharsets.UTF_8));
        String lastPage = firstPage + "?after=" + lastCursor;
        Files.write(www.resolve("item.json"), fetch(api + itemPath));
        Files.write(www.resolve("column.json"), fetch(api + firstPage));
        Files.write(www.resolve("column-last.json"), fetch(api + lastPage));
        Files.writeString(dir.resolve("random-item.lua"), "math.randomseed(20261127)\n"
                + "request = function() return wrk.format(\"GET\", \"/api/public/articles/\" .. math.random(1, " + ITEMS + ")) end\n");

        System.out.println("→ nginx on port " + nginxPort + " serving the same bytes");
        Ports.requireFree(nginxPort, "nginx");
        Path conf = dir.resolve("nginx.conf");
        Files.writeString(conf, nginxConf(nginxPort, www));
        ChildProcess nginx = ChildProcess.start("nginx", List.of("nginx", "-p", dir.toString(), "-c", conf.toString(),
                "-g", "daemon off;"), dir, Map.of(), dir.resolve("logs/nginx.log"));
        stack.started(nginx);
        nginx.awaitHttpOk("http://127.0.0.1:" + nginxPort + "/item.json", Duration.ofSeconds(20));
        String nginxBase = "http://127.0.0.1:" + nginxPort;

        System.out.println("→ warming up (JIT, caches)");
        for (String url : List.of(api + itemPath, api + firstPage, api + lastPage)) {
            wrk(url, "5s", null);
        }
        List<Result[]> pairs = new ArrayList<>();
        System.out.println("→ measuring: wrk -t2 -c64 -d" + duration + " --latency");
        pairs.add(new Result[] {measure("item detail (API)", api + itemPath, null), measure("item detail (nginx)", nginxBase + "/item.json", null)});
        pairs.add(new Result[] {measure("column, first page (API)", api + firstPage, null),
                measure("column, first page (nginx)", nginxBase + "/column.json", null)});
        pairs.add(new Result[] {measure("column, last page (API)", api + lastPage, null),
                measure("column, last page (nginx)", nginxBase + "/column-last.json", null)});
        Result random = measure("item detail, random of 100k (API, cold cache)", api, dir.resolve("random-item.lua"));
        long rss = rssKb(backend);
        print(pairs, random, rss);
    }

    /**
     * Measures steady state, not the seeding's aftermath: waits until InnoDB has flushed the pages the 100,000
     * inserts dirtied (heavy background writes stall every process on a small machine).
     */
    private static void awaitQuietDatabase(Database database) throws Exception {
        System.out.print("  waiting for the database to flush what the seeding wrote");
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        try (var connection = database.connect(); var sql = connection.createStatement()) {
            while (System.nanoTime() < deadline) {
                var rs = sql.executeQuery("SHOW GLOBAL STATUS LIKE 'Innodb_buffer_pool_pages_dirty'");
                long dirty = rs.next() ? rs.getLong(2) : 0;
                if (dirty < 100) {
                    break;
                }
                System.out.print(".");
                Thread.sleep(2000);
            }
        }
        Thread.sleep(3000);
        System.out.println();
    }

    private Result measure(String label, String url, Path script) throws IOException, InterruptedException {
        String output = wrk(url, duration, script);
        Files.writeString(dir.resolve("logs/wrk-" + label.replaceAll("[^A-Za-z0-9]+", "-") + ".txt"), output);
        Matcher rate = RATE.matcher(output);
        Matcher p99 = P99.matcher(output);
        if (!rate.find() || !p99.find()) {
            throw new LaunchException("could not read wrk's output for " + label + ":\n" + output);
        }
        double millis = Double.parseDouble(p99.group(1)) * switch (p99.group(2)) {
            case "us" -> 0.001;
            case "s" -> 1000;
            default -> 1;
        };
        Result result = new Result(label, Double.parseDouble(rate.group(1)), millis);
        System.out.printf("  %-48s %10.0f req/s   p99 %7.2f ms%n", label, result.requestsPerSecond(), result.p99Millis());
        return result;
    }

    private String wrk(String url, String time, Path script) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c64", "-d" + time, "--latency"));
        if (script != null) {
            command.addAll(List.of("-s", script.toString()));
        }
        command.add(url);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new LaunchException("wrk failed: " + output);
        }
        return output;
    }

    private byte[] fetch(String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new LaunchException(url + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static String nginxConf(int port, Path www) {
        return """
                worker_processes auto;
                error_log logs/nginx-error.log warn;
                pid nginx.pid;
                events { worker_connections 4096; }
                http {
                    access_log off;
                    sendfile on;
                    tcp_nopush on;
                    keepalive_requests 1000000;
                    client_body_temp_path tmp;
                    proxy_temp_path tmp;
                    fastcgi_temp_path tmp;
                    uwsgi_temp_path tmp;
                    scgi_temp_path tmp;
                    server {
                        listen 127.0.0.1:%d;
                        root %s;
                        default_type application/json;
                        location / { add_header Cache-Control "public, max-age=60"; }
                    }
                }
                """.formatted(port, www);
    }

    private static long rssKb(ChildProcess process) {
        return process.rssKb();
    }

    private static void print(List<Result[]> pairs, Result random, long rssKb) {
        String line = "─".repeat(86);
        System.out.println();
        System.out.println(line);
        System.out.println(" Public read benchmark: 100,000 published items, wrk 2 threads / 64 connections, same machine");
        System.out.printf(" %-28s %12s %12s %8s %11s %11s%n", "endpoint", "API req/s", "nginx req/s", "ratio", "API p99", "nginx p99");
        boolean met = true;
        for (Result[] pair : pairs) {
            double ratio = pair[0].requestsPerSecond() / pair[1].requestsPerSecond();
            met &= ratio >= 0.5 && pair[0].p99Millis() < 50;
            System.out.printf(" %-28s %12.0f %12.0f %8.2f %9.2f ms %8.2f ms%n", pair[0].label().replace(" (API)", ""),
                    pair[0].requestsPerSecond(), pair[1].requestsPerSecond(), ratio, pair[0].p99Millis(), pair[1].p99Millis());
        }
        System.out.printf(" %-28s %12.0f %12s %8s %9.2f ms%n", "item detail, random of 100k", random.requestsPerSecond(), "no target", "-",
                random.p99Millis());
        System.out.printf(" backend resident memory after the run: %d MB%n", rssKb / 1024);
        System.out.println(" targets (item detail and column pages): API ≥ 0.5 × nginx req/s and API p99 < 50 ms → " + (met ? "MET" : "NOT MET"));
        System.out.println(line);
    }
}
