package cn.tianshan.link;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Checks addresses the way a careful crawler does: HEAD (GET when HEAD is refused), connect and read timeouts,
 * at most {@link Settings#maxRedirects} redirects followed by hand, a recognisable User-Agent, and never more than
 * {@link Settings#perHostConcurrency} requests at once to one host, with a pause between requests to a host.
 * Plain Java: the monitor runs it, and so does the benchmark.
 */
public final class LinkChecker {

    public static final String USER_AGENT = "Tianshan-LinkMonitor/1.0 (+government website link check)";

    public record Settings(Duration connectTimeout, Duration readTimeout, int maxRedirects, int perHostConcurrency,
                           Duration perHostInterval, int threads) {
    }

    public record Result(String url, boolean reachable, Integer status, String error) {
    }

    private final Settings settings;
    private final HttpClient client;
    private final Map<String, Semaphore> hostPermits = new ConcurrentHashMap<>();
    private final Map<String, Long> hostNextStart = new ConcurrentHashMap<>();

    public LinkChecker(Settings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    }

    /**
     * Checks every address, reporting each result as it comes; hosts are interleaved so that a slow host holds
     * no more than its own share of the threads.
     */
    public void checkAll(List<String> urls, Consumer<Result> onResult) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "link-check");
            t.setDaemon(true);
            return t;
        });
        try {
            for (String url : interleavedByHost(urls)) {
                pool.execute(() -> onResult.accept(check(url)));
            }
        } finally {
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                // waits for the last checks; each is bounded by the timeouts
            }
        }
    }

    public Result check(String url) {
        String current = url;
        try {
            for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
                URI uri = URI.create(current);
                HttpResponse<InputStream> response = request(uri, "HEAD");
                if (response.statusCode() == 405 || response.statusCode() == 501) {
                    response = request(uri, "GET");
                }
                int status = response.statusCode();
                if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
                    current = uri.resolve(response.headers().firstValue("Location").get().trim()).toString();
                    continue;
                }
                return status < 400 ? new Result(url, true, status, null)
                        : new Result(url, false, status, "服务器返回 " + status);
            }
            return new Result(url, false, null, "重定向超过 " + settings.maxRedirects() + " 次");
        } catch (HttpTimeoutException e) {
            return new Result(url, false, null, "超时未响应");
        } catch (IllegalArgumentException e) {
            return new Result(url, false, null, "地址无法识别");
        } catch (IOException e) {
            return new Result(url, false, null, "无法连接：" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(url, false, null, "检测被中断");
        }
    }

    private HttpResponse<InputStream> request(URI uri, String method) throws IOException, InterruptedException {
        String host = LinkTarget.hostOf(uri.toString()).orElseThrow(() -> new IllegalArgumentException(uri.toString()));
        Semaphore permits = hostPermits.computeIfAbsent(host, h -> new Semaphore(settings.perHostConcurrency(), true));
        permits.acquire();
        try {
            pace(host);
            HttpRequest request = HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.noBody())
                    .timeout(settings.readTimeout()).header("User-Agent", USER_AGENT).build();
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            return response;
        } finally {
            permits.release();
        }
    }

    /**
     * Keeps at least {@code perHostInterval} between the starts of two requests to one host: each request reserves
     * the next free start slot of its host, then waits for it.
     */
    private void pace(String host) throws InterruptedException {
        long interval = settings.perHostInterval().toNanos();
        if (interval <= 0) {
            return;
        }
        long now = System.nanoTime();
        long slot = hostNextStart.merge(host, now + interval, (next, ignored) -> Math.max(next, now) + interval) - interval;
        long wait = slot - now;
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    static List<String> interleavedByHost(List<String> urls) {
        Map<String, List<String>> byHost = new LinkedHashMap<>();
        for (String url : urls) {
            byHost.computeIfAbsent(LinkTarget.hostOf(url).orElse(""), h -> new ArrayList<>()).add(url);
        }
        List<List<String>> queues = new ArrayList<>(byHost.values());
        queues.sort(Comparator.comparingInt((List<String> q) -> q.size()).reversed());
        List<String> ordered = new ArrayList<>(urls.size());
        AtomicInteger round = new AtomicInteger();
        boolean added = true;
        while (added) {
            added = false;
            int r = round.getAndIncrement();
            for (List<String> queue : queues) {
                if (r < queue.size()) {
                    ordered.add(queue.get(r));
                    added = true;
                }
            }
        }
        return ordered;
    }
}
