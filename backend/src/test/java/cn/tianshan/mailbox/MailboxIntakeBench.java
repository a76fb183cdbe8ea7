package cn.tianshan.mailbox;

import cn.tianshan.intake.TrackingSecrets;
import cn.tianshan.testing.SteadyLoad;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark, not a test (deploy/bench/mailbox runs it): anonymous letters at a steady rate against a running backend,
 * each the way a browser sends one (fetch a challenge, solve it, post the letter). Afterwards every acknowledged
 * tracking code is looked up in the database: each must be there exactly once. Prints throughput, latency
 * percentiles and the count check. Arguments: base URL, letters per second, seconds, JDBC URL.
 */
public final class MailboxIntakeBench {

    private static final Pattern CODE = Pattern.compile("\"trackingCode\":\"([A-Z0-9]+)\"");

    private record Outcome(int status, long postNanos, long totalNanos, String code) {
    }

    private MailboxIntakeBench() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int rate = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        String jdbc = args[3];
        HttpClient http = SteadyLoad.client();

        printHashCost();
        System.out.printf("→ %d letters per second for %d s against %s%n", rate, seconds, base);
        int total = rate * seconds;
        SteadyLoad.Run<Outcome> run = SteadyLoad.run(rate, seconds, n -> send(http, base, n));
        double elapsed = run.elapsedSeconds();

        List<Outcome> all = run.outcomes();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        all.forEach(o -> byStatus.merge(o.status(), 1, Integer::sum));
        List<Long> post = all.stream().filter(o -> o.status() == 201).map(Outcome::postNanos).sorted().toList();
        List<Long> whole = all.stream().filter(o -> o.status() == 201).map(Outcome::totalNanos).sorted().toList();
        List<String> codes = all.stream().filter(o -> o.status() == 201).map(Outcome::code).toList();
        System.out.printf("   offered %d letters in %.1f s (%.1f/s); all answered after %.1f s%n", total, run.offeredSeconds(),
                total / run.offeredSeconds(), elapsed);
        System.out.printf("   answers by status: %s%n", byStatus);
        System.out.printf("   acknowledged (201): %d, throughput %.1f letters/s%n", codes.size(), codes.size() / elapsed);
        System.out.printf("   POST latency   p50 %.1f ms  p99 %.1f ms  max %.1f ms%n", SteadyLoad.pct(post, 50), SteadyLoad.pct(post, 99), SteadyLoad.pct(post, 100));
        System.out.printf("   whole letter (challenge + solve + POST)  p50 %.1f ms  p99 %.1f ms%n", SteadyLoad.pct(whole, 50), SteadyLoad.pct(whole, 99));
        check(jdbc, codes);
        System.exit(0);
    }

    private static CompletableFuture<Outcome> send(HttpClient http, String base, int n) {
        long begin = System.nanoTime();
        return SteadyLoad.solvedChallenge(http, base).thenCompose(challenge -> {
            String body = "{\"kind\":\"SUGGESTION\",\"subject\":\"压测来信 " + n + "\",\"content\":\"" + randomText(120)
                    + "\",\"name\":\"压测\",\"phone\":\"13800000000\",\"consentToPublish\":false,\"password\":\"bench-pass-1\","
                    + "\"challenge\":" + challenge + "}";
            HttpRequest post = HttpRequest.newBuilder(URI.create(base + "/api/public/mailbox-messages")).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
            long postStart = System.nanoTime();
            return http.sendAsync(post, HttpResponse.BodyHandlers.ofString()).thenApply(r -> {
                long now = System.nanoTime();
                Matcher code = CODE.matcher(r.body());
                return new Outcome(r.statusCode(), now - postStart, now - begin, code.find() ? code.group(1) : null);
            });
        }).exceptionally(e -> new Outcome(-1, 0, System.nanoTime() - begin, null));
    }

    private static void check(String jdbc, List<String> codes) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbc, "root", "")) {
            Map<String, Integer> found = new HashMap<>();
            for (int i = 0; i < codes.size(); i += 500) {
                List<String> chunk = codes.subList(i, Math.min(codes.size(), i + 500));
                String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
                try (PreparedStatement q = db.prepareStatement("SELECT tracking_code, COUNT(*) FROM mailbox_message WHERE tracking_code IN ("
                        + marks + ") GROUP BY tracking_code")) {
                    for (int j = 0; j < chunk.size(); j++) {
                        q.setString(j + 1, chunk.get(j));
                    }
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            found.put(rs.getString(1), rs.getInt(2));
                        }
                    }
                }
            }
            long missing = codes.stream().filter(c -> !found.containsKey(c)).count();
            long duplicated = found.values().stream().filter(n -> n != 1).count();
            long distinct = codes.stream().distinct().count();
            int stored;
            try (ResultSet rs = db.createStatement().executeQuery("SELECT COUNT(*) FROM mailbox_message WHERE subject LIKE '压测来信 %'")) {
                rs.next();
                stored = rs.getInt(1);
            }
            System.out.printf("   database check: %d acknowledged codes (%d distinct), %d found exactly once, %d missing, %d stored more than once;"
                    + " %d bench letters stored in all%n", codes.size(), distinct, found.size() - duplicated, missing, duplicated, stored);
            System.out.println(missing == 0 && duplicated == 0 && distinct == codes.size()
                    ? "   ✓ every acknowledged letter is in the database exactly once" : "   ✗ LOST OR DUPLICATED LETTERS");
        }
    }

    private static void printHashCost() {
        TrackingSecrets production = new TrackingSecrets(7168, 5);
        production.hash("warm-up");
        long t0 = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            production.hash("bench-pass-" + i);
        }
        System.out.printf("→ Argon2id at the production cost (m=7 MiB, t=5): %.1f ms per query password on this machine%n",
                (System.nanoTime() - t0) / 20 / 1e6);
    }

    private static String randomText(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ThreadLocalRandom.current().nextInt(0x4E00, 0x9FA5));
        }
        return text.toString();
    }

}
