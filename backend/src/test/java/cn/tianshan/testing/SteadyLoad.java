package cn.tianshan.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For the benchmarks under deploy/bench (not tests): public submissions at a steady rate the way a browser sends
 * them (fetch a challenge, solve it, post), and the percentiles they print.
 */
public final class SteadyLoad {

    private static final Pattern FIELD = Pattern.compile("\"(nonce|signature)\":\"([^\"]+)\"");
    private static final Pattern NUMBER = Pattern.compile("\"(difficulty|expiresAt)\":(\\d+)");

    /** What a run gave: every outcome, how long offering took and how long until the last answer. */
    public record Run<T>(List<T> outcomes, double offeredSeconds, double elapsedSeconds) {
    }

    private SteadyLoad() {
    }

    public static HttpClient client() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(16, r -> {
                    Thread t = new Thread(r, "bench-http");
                    t.setDaemon(true);
                    return t;
                })).build();
    }

    /** Starts {@code send(n)} {@code rate} times a second for {@code seconds}, then waits (at most 2 minutes) for all. */
    public static <T> Run<T> run(int rate, int seconds, IntFunction<CompletableFuture<T>> send) throws Exception {
        ConcurrentLinkedQueue<T> outcomes = new ConcurrentLinkedQueue<>();
        List<CompletableFuture<Void>> inFlight = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger sent = new AtomicInteger();
        int total = rate * seconds;
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime();
        ticker.scheduleAtFixedRate(() -> {
            int n = sent.getAndIncrement();
            if (n < total) {
                inFlight.add(send.apply(n).thenAccept(outcomes::add));
            }
        }, 0, 1_000_000_000L / rate, TimeUnit.NANOSECONDS);
        while (sent.get() < total) {
            Thread.sleep(50);
        }
        ticker.shutdown();
        long offered = System.nanoTime();
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        return new Run<>(new ArrayList<>(outcomes), (offered - start) / 1e9, (System.nanoTime() - start) / 1e9);
    }

    /** A fresh challenge from {@code base}, solved: the JSON object to send as the submission's {@code challenge}. */
    public static CompletableFuture<String> solvedChallenge(HttpClient http, String base) {
        HttpRequest get = HttpRequest.newBuilder(URI.create(base + "/api/public/challenges")).timeout(Duration.ofSeconds(30)).GET().build();
        return http.sendAsync(get, HttpResponse.BodyHandlers.ofString()).thenApply(c -> {
            if (c.statusCode() != 200) {
                throw new IllegalStateException("challenge answered " + c.statusCode());
            }
            Map<String, String> fields = new HashMap<>();
            for (Pattern p : List.of(FIELD, NUMBER)) {
                Matcher m = p.matcher(c.body());
                while (m.find()) {
                    fields.put(m.group(1), m.group(2));
                }
            }
            long solution = PublicIntake.solve(fields.get("nonce"), Integer.parseInt(fields.get("difficulty")));
            return "{\"nonce\":\"" + fields.get("nonce") + "\",\"difficulty\":" + fields.get("difficulty") + ",\"expiresAt\":"
                    + fields.get("expiresAt") + ",\"signature\":\"" + fields.get("signature") + "\",\"solution\":" + solution + "}";
        });
    }

    /** The p-th percentile of sorted nanosecond durations, in milliseconds. */
    public static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
