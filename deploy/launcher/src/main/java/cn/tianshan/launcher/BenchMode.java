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
import java.time.LocalDateTime;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code deploy/bench/run}: the public read API with 100,000 published items (TIANSHAN_BENCH_ITEMS, a power of ten up
 * to 1,000,000), against nginx serving the same response bytes from files on the same machine in the same run, all
 * driven by wrk at 64 connections. Measures cached answers; an article page chosen at random of all of them with the
 * node's memory empty (answered from the pages kept at publication, as copied to its disk when it rendered them);
 * column pages at random depths (keyset); the last page against the first; cached reads while another node publishes
 * one article a second. Prints the EXPLAIN plans of the reads a miss costs, every figure against its target, and the
 * backend's resident memory.
 */
final class BenchMode {

    private static final int ITEMS = Integer.parseInt(Env.get("TIANSHAN_BENCH_ITEMS", "100000"));
    private static final String COLUMN_CODE = "jtyw";

    private final Workspace workspace;
    private final Stack stack;
    private final Path dir;
    private final String duration = Env.get("TIANSHAN_BENCH_DURATION", "15s");
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> rows = new ArrayList<>();
    private boolean met = true;

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
        BenchDatabase benchDatabase = new BenchDatabase(database);

        System.out.println("→ backend on port " + apiPort + " (the packaged jar, production profile)");
        ChildProcess backend = backend(database, apiPort, "backend.log");
        String api = "http://127.0.0.1:" + apiPort;

        System.out.printf("→ seeding %,d published items%n", ITEMS);
        long started = System.nanoTime();
        long column = BenchSeeder.seed(database, COLUMN_CODE, ITEMS);
        System.out.printf("  seeded in %.1f s%n", (System.nanoTime() - started) / 1e9);
        awaitQuietDatabase(database);

        String itemPath = "/api/public/articles/" + ITEMS / 2;
        String firstPage = "/api/public/columns/" + column + "/articles";
        String lastPage = firstPage + "?after=" + cursor(21);
        Files.write(www.resolve("item.json"), fetch(api + itemPath));
        Files.write(www.resolve("column.json"), fetch(api + firstPage));
        Files.write(www.resolve("column-last.json"), fetch(api + lastPage));
        Path warmItems = randomItems("warm-items.lua", 1, ITEMS / 2);
        Path randomItem = randomItems("random-item.lua", ITEMS / 2 + 1, ITEMS);
        Path warmPages = dir.resolve("warm-pages.lua");
        Files.writeString(warmPages, randomPageLua(column, 1));
        Path randomPage = dir.resolve("random-page.lua");
        Files.writeString(randomPage, randomPageLua(column, 0));

        System.out.println("→ nginx on port " + nginxPort + " serving the same bytes");
        Ports.requireFree(nginxPort, "nginx");
        Path conf = dir.resolve("nginx.conf");
        Files.writeString(conf, nginxConf(nginxPort, www));
        ChildProcess nginx = ChildProcess.start("nginx", List.of("nginx", "-p", dir.toString(), "-c", conf.toString(),
                "-g", "daemon off;"), dir, Map.of(), dir.resolve("logs/nginx.log"));
        stack.started(nginx);
        nginx.awaitHttpOk("http://127.0.0.1:" + nginxPort + "/item.json", Duration.ofSeconds(20));
        String nginxBase = "http://127.0.0.1:" + nginxPort;

        System.out.println("→ column last page ÷ first page, uncached (200 distinct cursors each, one at a time)");
        double first = medianMillis(api + firstPage + "?after=", ITEMS - 250, ITEMS - 50);
        double last = medianMillis(api + firstPage + "?after=", 21, 221);
        row("column, last ÷ first page latency (uncached median)", String.format("%.2f ms ÷ %.2f ms = %.2f", last, first, last / first),
                "≤ 1.5", last / first <= 1.5);

        System.out.println("→ warming up (JIT, caches)");
        for (String url : List.of(api + itemPath, api + firstPage, api + lastPage, nginxBase + "/item.json")) {
            Wrk.run(64, "5s", null, url);
        }
        warm(warmPages, api);
        System.out.println("→ measuring: wrk -t2 -c64 -d" + duration + " --latency");
        Wrk.Result nginxItem = measure("item detail (nginx)", nginxBase + "/item.json", null);
        Wrk.Result item = measure("item detail, cached (API)", api + itemPath, null);
        ratioRow("item detail, cached ÷ nginx", item, nginxItem, 0.9, Double.MAX_VALUE, 0);
        Wrk.Result nginxColumn = measure("column, first page (nginx)", nginxBase + "/column.json", null);
        ratioRow("column first page, cached ÷ nginx", measure("column, first page, cached (API)", api + firstPage, null), nginxColumn,
                0.5, 50, 0);
        Wrk.Result nginxLast = measure("column, last page (nginx)", nginxBase + "/column-last.json", null);
        ratioRow("column last page, cached ÷ nginx", measure("column, last page, cached (API)", api + lastPage, null), nginxLast, 0.5, 50, 0);
        Wrk.Result random = measure("column page, random depth (API)", api, randomPage);
        row("column page at a random depth (keyset), not cached", rate(random), "≥ 3,000 req/s, p99 < 50 ms",
                random.requestsPerSecond() >= 3000 && random.p99Millis() < 50);

        AtomicInteger published = new AtomicInteger();
        Thread publisher = benchDatabase.publishEverySecond(column, ITEMS, published);
        Wrk.Result whilePublishing = measure("item detail, cached, while publishing 1/s (API)", api + itemPath, null);
        publisher.interrupt();
        publisher.join();
        ratioRow("item detail, cached, while another node publishes 1/s (" + published.get() + " published) ÷ nginx", whilePublishing,
                nginxItem, 0.6, Double.MAX_VALUE, 0);

        System.out.printf("→ rendering every article page once, as publication does (%,d pages, 4 at a time)%n", ITEMS);
        started = System.nanoTime();
        renderAll(api);
        double seconds = (System.nanoTime() - started) / 1e9;
        row("pages rendered and kept (" + String.format("%,d", ITEMS) + ")", String.format("%.0f s, %.0f pages/s", seconds, ITEMS / seconds),
                "reported", true);
        benchDatabase.printPlans(column, ITEMS);

        System.out.println("→ restarting the backend: its memory is empty, the kept pages are not");
        backend.stop();
        backend = backend(database, apiPort, "backend-restarted.log");
        System.out.println("→ warming the new JVM up on the first half of the articles; measuring on the second half, none in its memory");
        warm(warmItems, api);
        Wrk.Result kept = measure("item detail, random, not in memory (API)", api, randomItem);
        ratioRow("item detail, random of " + String.format("%,d", ITEMS / 2) + " not in memory ÷ nginx", kept, nginxItem, 0.5, 50, 5000);
        long rss = backend.rssKb();
        row("backend resident memory after the run", rss / 1024 + " MB", "< 768 MB", rss / 1024 < 768);
        print();
    }

    private ChildProcess backend(Database database, int port, String log) {
        // the production JVM settings: without its heap the JVM takes a quarter of the machine's memory and the
        // resident figure measures that choice (1,298 MB in one run), not the node
        ChildProcess backend = BenchBackend.start(workspace, stack, database, port, dir, log, BenchBackend.PRODUCTION_JVM);
        backend.awaitHttpOk("http://127.0.0.1:" + port + "/q/health/ready", Duration.ofMinutes(3));
        return backend;
    }

    /**
     * Warms a path as a node that has served for a while is warm: 20 s at two connections, which leaves the JIT compiler
     * a core (at 64 from a cold start it starves, as the search benchmark showed), then 20 s at 64.
     */
    private static void warm(Path script, String url) throws IOException, InterruptedException {
        Wrk.run(2, "20s", script, url);
        Wrk.run(64, "20s", script, url);
    }

    /**
     * Each wrk thread and each run draws its own sequence: with one fixed seed both threads asked for the same
     * addresses, so one of them mostly found what the other had just put in memory.
     */
    private static final String PER_THREAD_SEED = """
            local threads = 0
            function setup(thread)
              threads = threads + 1
              thread:set("thread_number", threads)
            end
            function init(args)
              math.randomseed(os.time() * 16 + thread_number)
            end
            """;

    private Path randomItems(String name, int from, int to) throws IOException {
        Path script = dir.resolve(name);
        Files.writeString(script, PER_THREAD_SEED
                + "request = function() return wrk.format(\"GET\", \"/api/public/articles/\" .. math.random(" + from + ", " + to + ")) end\n");
        return script;
    }

    /** The keyset cursor of the seeded item {@code n} (published at 2024-01-01 08:00 plus n minutes). */
    private static String cursor(int n) {
        String at = LocalDateTime.of(2024, 1, 1, 8, 0).plusMinutes(n).toString();
        return Base64.getUrlEncoder().withoutPadding().encodeToString((at + "|" + n).getBytes(StandardCharsets.UTF_8));
    }

    /** Median time of one request at a time over distinct cursors from {@code from} to {@code to}: none is cached. */
    private double medianMillis(String base, int from, int to) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int n = from; n < to; n++) {
            long t = System.nanoTime();
            fetch(base + cursor(n));
            times.add((System.nanoTime() - t) / 1e6);
        }
        times.sort(Double::compare);
        return times.get(times.size() / 2);
    }

    private void renderAll(String api) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            workers.add(pool.submit(() -> {
                for (int id = next.incrementAndGet(); id <= ITEMS; id = next.incrementAndGet()) {
                    fetch(api + "/api/public/articles/" + id);
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
    }

    /** Column pages after a random odd ({@code parity} 1) or even (0) item: warming and measuring never share a cursor. */
    private static String randomPageLua(long column, int parity) {
        return PER_THREAD_SEED + """
                local alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
                local function base64url(data)
                  local bits = data:gsub('.', function(x)
                    local r, byte = '', x:byte()
                    for i = 8, 1, -1 do r = r .. (byte %% 2 ^ i - byte %% 2 ^ (i - 1) > 0 and '1' or '0') end
                    return r
                  end) .. '0000'
                  return (bits:gsub('%%d%%d%%d?%%d?%%d?%%d?', function(x)
                    if #x < 6 then return '' end
                    local c = 0
                    for i = 1, 6 do c = c + (x:sub(i, i) == '1' and 2 ^ (6 - i) or 0) end
                    return alphabet:sub(c + 1, c + 1)
                  end))
                end
                request = function()
                  local n = math.random(11, %d) * 2 - %d
                  local cursor = os.date('!%%Y-%%m-%%dT%%H:%%M', 1704096000 + n * 60) .. '|' .. n
                  return wrk.format("GET", "/api/public/columns/%d/articles?after=" .. base64url(cursor))
                end
                """.formatted(ITEMS / 2, parity, column);
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

    private Wrk.Result measure(String label, String url, Path script) throws IOException, InterruptedException {
        String output = Wrk.run(64, duration, script, url);
        Files.writeString(dir.resolve("logs/wrk-" + label.replaceAll("[^A-Za-z0-9]+", "-") + ".txt"), output);
        Wrk.Result result = Wrk.parse(label, output);
        System.out.printf("  %-56s %10.0f req/s   p99 %7.2f ms%n", label, result.requestsPerSecond(), result.p99Millis());
        return result;
    }

    private static String rate(Wrk.Result r) {
        return String.format("%,.0f req/s, p99 %.1f ms", r.requestsPerSecond(), r.p99Millis());
    }

    private void ratioRow(String label, Wrk.Result api, Wrk.Result nginx, double minRatio, double maxP99, double minRate) {
        double ratio = api.requestsPerSecond() / nginx.requestsPerSecond();
        String target = "≥ " + minRatio + " × nginx" + (maxP99 < Double.MAX_VALUE ? ", p99 < " + (int) maxP99 + " ms" : "")
                + (minRate > 0 ? String.format(", ≥ %,.0f req/s", minRate) : "");
        row(label, String.format("%s vs %,.0f → %.2f", rate(api), nginx.requestsPerSecond(), ratio), target,
                ratio >= minRatio && api.p99Millis() < maxP99 && api.requestsPerSecond() >= minRate);
    }

    private void row(String label, String figure, String target, boolean ok) {
        met &= ok;
        rows.add(String.format(" %-74s%n     %-52s target %-36s %s", label, figure, target, ok ? "met" : "NOT MET"));
    }

    private void print() {
        String line = "─".repeat(110);
        System.out.println();
        System.out.println(line);
        System.out.printf(" Public read benchmark: %,d published items, wrk 2 threads / 64 connections, nginx on the same machine%n", ITEMS);
        rows.forEach(System.out::println);
        System.out.println(" all targets → " + (met ? "MET" : "NOT MET"));
        System.out.println(line);
    }
}
