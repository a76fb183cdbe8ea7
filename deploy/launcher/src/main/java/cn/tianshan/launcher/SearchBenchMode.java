package cn.tianshan.launcher;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code deploy/bench/search}: site search over 200,000 published articles of varied Chinese text. Measures how
 * long a node takes to build its index from the database, then drives a mix of 50 queries (one to four words,
 * 文号, 索引号, with and without filters) with wrk at 16 connections, and prints p50/p95/p99 against the targets.
 */
final class SearchBenchMode {

    private static final int HUNDRED_THOUSANDS = Integer.parseInt(Env.get("TIANSHAN_BENCH_SEARCH_HUNDRED_THOUSANDS", "2"));
    private static final Pattern REBUILT = Pattern.compile("Search index rebuilt: (\\d+) articles");
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern PERCENTILE = Pattern.compile("P(50|95|99) ([\\d.]+)");
    private static final Pattern ERRORS = Pattern.compile("ERRORS (\\d+)");

    private final Workspace workspace;
    private final Stack stack;
    private final Path dir;
    private final String duration = Env.get("TIANSHAN_BENCH_DURATION", "30s");
    private final HttpClient http = HttpClient.newHttpClient();

    SearchBenchMode(Workspace workspace, Stack stack) {
        this.workspace = workspace;
        this.stack = stack;
        this.dir = workspace.local().resolve("bench-search");
    }

    void run() throws Exception {
        Workspace.ensureDirectory(dir.resolve("logs"));
        int apiPort = Env.port("TIANSHAN_BENCH_API_PORT", 8087);
        Database database = Database.localOrEmbedded(workspace, stack, "tianshan_search_bench",
                Env.port("TIANSHAN_BENCH_EMBEDDED_DB_PORT", 3310), dir.resolve("mariadb-data"));
        String api = "http://127.0.0.1:" + apiPort;

        System.out.println("→ creating the schema (backend, production profile)");
        ChildProcess first = backend(database, apiPort, "backend-schema.log");
        first.awaitHttpOk(api + "/q/health/ready", Duration.ofMinutes(3));
        first.stop();

        int articles = HUNDRED_THOUSANDS * 100_000;
        System.out.printf("→ seeding %,d published articles of varied text%n", articles);
        long seeding = System.nanoTime();
        SearchBenchSeeder.seed(database, HUNDRED_THOUSANDS);
        System.out.printf("  seeded in %.1f s%n", (System.nanoTime() - seeding) / 1e9);

        System.out.println("→ starting the backend with no index: it builds one from the database");
        Workspace.deleteRecursively(dir.resolve("search-index"));
        long building = System.nanoTime();
        ChildProcess backend = backend(database, apiPort, "backend.log");
        int indexed = awaitRebuilt(dir.resolve("logs/backend.log"), Duration.ofMinutes(15));
        double buildSeconds = (System.nanoTime() - building) / 1e9;
        System.out.printf("  %,d articles indexed %.1f s after the node started%n", indexed, buildSeconds);
        backend.awaitHttpOk(api + "/q/health/ready", Duration.ofMinutes(1));

        List<String> queries = queries(database);
        System.out.println("→ sample answers");
        for (String q : List.of(queries.get(0), queries.get(20), queries.get(40))) {
            System.out.printf("  %-70s %s%n", q, total(api + q));
        }
        Path script = dir.resolve("search-mix.lua");
        Files.writeString(script, lua(queries));
        // The JIT compiles the search path slowly while 16 searches keep both cores busy (a minute before it settles):
        // first 2 connections, leaving it a core, then the full 16.
        System.out.println("→ warming up: 20 s at 2 connections, 20 s at 16");
        wrk(api, "20s", script, 2);
        wrk(api, "20s", script, 16);
        System.out.println("→ measuring: wrk -t2 -c16 -d" + duration + " --latency, 50 queries in turn");
        String output = wrk(api, duration, script, 16);
        Files.writeString(dir.resolve("logs/wrk-search.txt"), output);
        Matcher rate = RATE.matcher(output);
        Matcher errors = ERRORS.matcher(output);
        double[] p = new double[3];
        Matcher percentile = PERCENTILE.matcher(output);
        while (percentile.find()) {
            p[switch (percentile.group(1)) { case "50" -> 0; case "95" -> 1; default -> 2; }] = Double.parseDouble(percentile.group(2));
        }
        if (!rate.find() || !errors.find()) {
            throw new LaunchException("could not read wrk's output:\n" + output);
        }
        long rssMb = backend.rssKb() / 1024;
        String line = "─".repeat(86);
        System.out.println();
        System.out.println(line);
        System.out.printf(" Site search: %,d published articles, 50 queries in turn, wrk 2 threads / 16 connections%n", articles);
        System.out.printf(" throughput %.0f req/s, non-2xx answers %s%n", Double.parseDouble(rate.group(1)), errors.group(1));
        System.out.printf(" latency p50 %.1f ms   p95 %.1f ms   p99 %.1f ms   (targets: p95 < 100 ms, p99 < 250 ms → %s)%n",
                p[0], p[1], p[2], p[1] < 100 && p[2] < 250 ? "MET" : "NOT MET");
        System.out.printf(" index build from the database: %,d articles in %.1f s (target < 300 s → %s)%n", indexed, buildSeconds,
                buildSeconds < 300 ? "MET" : "NOT MET");
        System.out.printf(" backend resident memory after the run: %d MB (target < 768 MB → %s)%n", rssMb, rssMb < 768 ? "MET" : "NOT MET");
        System.out.println(line);
    }

    private ChildProcess backend(Database database, int port, String log) {
        // The production JVM settings: resident memory is measured as a node would have it.
        return BenchBackend.start(workspace, stack, database, port, dir, log, BenchBackend.PRODUCTION_JVM);
    }

    private static int awaitRebuilt(Path log, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log)) {
                Matcher done = REBUILT.matcher(Files.readString(log));
                if (done.find()) {
                    return Integer.parseInt(done.group(1));
                }
            }
            Thread.sleep(500);
        }
        throw new LaunchException("the search index was not built within " + timeout.toMinutes() + " minutes; see " + log);
    }

    /** Fifty request lines: words alone, in twos to fours, 文号 and 索引号 typed whole, and with each kind of filter. */
    private static List<String> queries(Database database) throws Exception {
        List<String> words = SearchBenchSeeder.TOPICS;
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            lines.add(q(words.get(i)));
        }
        String[] pairs = {"乌鲁木齐 公路养护", "喀什 农村公路", "冬季 除雪", "道路运输 安全", "智慧交通 数据共享", "冷链物流 网络",
                "桥梁 隧道 检测", "超限超载 治理 执法", "城市公交 新能源 绿色出行", "营商环境 网上办理 审批 时限"};
        for (String pair : pairs) {
            lines.add(q(pair));
        }
        for (int k : new int[] {17, 455, 1203, 2999, 5000, 7777, 9001, 250}) {
            lines.add(q("新交发〔2015〕" + k + "号"));
        }
        for (int n : new int[] {12, 99_999, 150_001, 42}) {
            lines.add(q("BENCH/" + n));
        }
        long column;
        try (var connection = database.connect(); var sql = connection.createStatement()) {
            var rs = sql.executeQuery("SELECT id FROM site_column WHERE code = 'jtyw'");
            rs.next();
            column = rs.getLong(1);
        }
        String[] filtered = {
            q("公路养护") + "&column=" + column, q("安全生产") + "&unit=AQJDC", q("统计") + "&kind=STATISTICS",
            q("农村公路") + "&from=2024-03-01&to=2024-06-30", q("应急保障") + "&sort=date", q("交通执法") + "&page=3",
            q("物流 增效") + "&kind=NEWS&sort=date", q("驾驶员培训") + "&unit=XJZX&from=2024-02-01",
            q("高速公路建设") + "&column=" + column + "&page=2", q("客运安全") + "&to=2024-05-01",
            q("伊犁 冬季除雪保通") + "&sort=date", q("交通扶贫"), q("哈密 城市公交"), q("阿勒泰 应急"), q("和田 桥梁"), q("塔城 营商环境")};
        for (String f : filtered) {
            lines.add(f);
        }
        return lines.subList(0, 50);
    }

    private static String q(String words) {
        return "/api/public/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    private String total(String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(response.body());
        return response.statusCode() + (total.find() ? ", " + total.group(1) + " found" : "");
    }

    private static String lua(List<String> queries) {
        StringBuilder script = new StringBuilder("local paths = {\n");
        queries.forEach(q -> script.append("  \"").append(q).append("\",\n"));
        return script.append("""
                }
                local i = 0
                request = function()
                  i = i + 1
                  return wrk.format("GET", paths[(i % #paths) + 1])
                end
                done = function(summary, latency, requests)
                  io.write(string.format("P50 %.2f\\nP95 %.2f\\nP99 %.2f\\n", latency:percentile(50) / 1000,
                    latency:percentile(95) / 1000, latency:percentile(99) / 1000))
                  io.write(string.format("ERRORS %d\\n", summary.errors.status + summary.errors.connect
                    + summary.errors.read + summary.errors.write + summary.errors.timeout))
                end
                """).toString();
    }

    private String wrk(String url, String time, Path script, int connections) throws Exception {
        Process process = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + time, "--latency", "-s", script.toString(), url)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new LaunchException("wrk failed: " + output);
        }
        return output;
    }
}
