package cn.tianshan.link;

import com.sun.net.httpserver.HttpServer;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark, not a test (deploy/bench/links runs it): the link checker, with the settings the backend ships,
 * checks 10,000 links spread over 50 local hosts (127.0.0.1–127.0.0.50), each answering after a short delay.
 * The servers count requests in flight per host and the gap between request starts, so the per-host limits are
 * measured where they matter: at the receiving end. Prints duration, peak per-host concurrency, memory.
 */
public final class LinkCheckerBench {

    private static final int HOSTS = 50;
    private static final int LINKS = 10_000;
    private static final Duration LATENCY = Duration.ofMillis(30);

    private LinkCheckerBench() {
    }

    public static void main(String[] args) throws Exception {
        Properties config = new Properties();
        try (InputStream in = new FileInputStream(args.length > 0 ? args[0] : "backend/src/main/resources/application.properties")) {
            config.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        LinkChecker.Settings settings = new LinkChecker.Settings(duration(config, "connect-timeout"), duration(config, "read-timeout"), 5,
                Integer.parseInt(config.getProperty("tianshan.links.monitor.per-host-concurrency")),
                duration(config, "per-host-interval"), Integer.parseInt(config.getProperty("tianshan.links.monitor.threads")));

        ConcurrentHashMap<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
        ConcurrentHashMap<String, AtomicInteger> peak = new ConcurrentHashMap<>();
        ConcurrentHashMap<String, ConcurrentHashMap<Long, AtomicInteger>> perSecond = new ConcurrentHashMap<>();
        List<HttpServer> servers = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        for (int h = 1; h <= HOSTS; h++) {
            String host = "127.0.0." + h;
            HttpServer server = HttpServer.create(new InetSocketAddress(host, 0), 256);
            inFlight.put(host, new AtomicInteger());
            peak.put(host, new AtomicInteger());
            server.createContext("/", exchange -> {
                int now = inFlight.get(host).incrementAndGet();
                peak.get(host).accumulateAndGet(now, Math::max);
                perSecond.computeIfAbsent(host, k -> new ConcurrentHashMap<>())
                        .computeIfAbsent(System.nanoTime() / 1_000_000_000L, k -> new AtomicInteger()).incrementAndGet();
                try {
                    Thread.sleep(LATENCY.toMillis());
                    int status = exchange.getRequestURI().getPath().endsWith("/gone") ? 404 : 200;
                    exchange.sendResponseHeaders(status, -1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    inFlight.get(host).decrementAndGet();
                    exchange.close();
                }
            });
            server.setExecutor(Executors.newFixedThreadPool(16));
            server.start();
            servers.add(server);
            for (int i = 0; i < LINKS / HOSTS; i++) {
                urls.add("http://" + host + ":" + server.getAddress().getPort() + "/page/" + i + (i % 20 == 0 ? "/gone" : ""));
            }
        }
        java.util.Collections.shuffle(urls, new java.util.Random(42));

        AtomicInteger reachable = new AtomicInteger();
        AtomicInteger broken = new AtomicInteger();
        AtomicLong peakHeap = new AtomicLong();
        var memory = ManagementFactory.getMemoryMXBean();
        long started = System.nanoTime();
        new LinkChecker(settings).checkAll(urls, result -> {
            (result.reachable() ? reachable : broken).incrementAndGet();
            peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        });
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        servers.forEach(s -> s.stop(0));

        int worst = peak.values().stream().mapToInt(AtomicInteger::get).max().orElse(0);
        System.out.printf("links checked:             %d over %d hosts (%d reachable, %d answering 404)%n", urls.size(), HOSTS,
                reachable.get(), broken.get());
        System.out.printf("settings:                  %d threads, per host at most %d at once and %d ms between starts%n",
                settings.threads(), settings.perHostConcurrency(), settings.perHostInterval().toMillis());
        System.out.printf("duration:                  %.1f s (limit 600 s)%n", took.toMillis() / 1000.0);
        System.out.printf("peak per-host concurrency: %d (limit %d)%n", worst, settings.perHostConcurrency());
        int busiestSecond = perSecond.values().stream().flatMap(m -> m.values().stream()).mapToInt(AtomicInteger::get).max().orElse(0);
        long rateLimit = settings.perHostInterval().isZero() ? Long.MAX_VALUE : 1000 / settings.perHostInterval().toMillis();
        System.out.printf("most requests one host received in one second: %d (limit %d, +1 for a slot on the boundary)%n",
                busiestSecond, rateLimit);
        System.out.printf("peak heap used:            %d MB%n", peakHeap.get() / (1024 * 1024));
        System.out.printf("peak RSS (VmHWM):          %s%n", rss());
        boolean ok = worst <= settings.perHostConcurrency() && busiestSecond <= rateLimit + 1 && took.toSeconds() < 600
                && reachable.get() + broken.get() == LINKS;
        System.out.println(ok ? "RESULT: within limits" : "RESULT: LIMIT EXCEEDED");
        System.exit(ok ? 0 : 1);
    }

    private static Duration duration(Properties config, String key) {
        String value = config.getProperty("tianshan.links.monitor." + key).trim();
        long amount = Long.parseLong(value.replaceAll("[^0-9]", ""));
        return value.endsWith("ms") ? Duration.ofMillis(amount) : value.endsWith("s") ? Duration.ofSeconds(amount) : Duration.parse(value);
    }

    private static String rss() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM"))
                .map(l -> l.replace("VmHWM:", "").trim()).findFirst().orElse("?");
    }
}
