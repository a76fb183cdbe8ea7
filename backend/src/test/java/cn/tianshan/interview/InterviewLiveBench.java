package cn.tianshan.interview;

import static io.restassured.RestAssured.given;

import cn.tianshan.testing.SteadyLoad;
import cn.tianshan.testing.Tokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

/**
 * Benchmark, not a test (deploy/bench/interviews runs it): N open interview pages, each a live server-sent-events
 * connection to one node; a guest's answer is entered and the time until each page has it is measured. Prints how
 * many pages got it, the p50/p99/max delivery times (from the answer's request to each page's line). Arguments:
 * base URL, pages, rounds.
 */
public final class InterviewLiveBench {

    private InterviewLiveBench() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int pages = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        RestAssured.baseURI = base;
        long id = liveInterview();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        ConcurrentLinkedQueue<long[]> arrivals = new ConcurrentLinkedQueue<>();
        CountDownLatch connected = new CountDownLatch(pages);
        List<CompletableFuture<HttpResponse<Void>>> streams = new ArrayList<>();
        System.out.printf("→ opening %d live interview pages (server-sent events) on %s%n", pages, base);
        long opening = System.nanoTime();
        for (int p = 0; p < pages; p++) {
            HttpRequest follow = HttpRequest.newBuilder(URI.create(base + "/api/public/interviews/" + id + "/events"))
                    .header("Accept", "text/event-stream").build();
            streams.add(http.sendAsync(follow, HttpResponse.BodyHandlers.fromLineSubscriber(new Page(arrivals, connected))));
        }
        if (!connected.await(60, TimeUnit.SECONDS)) {
            System.out.printf("   ✗ only %d of %d pages connected within 60 s%n", pages - connected.getCount(), pages);
        }
        System.out.printf("   %d pages connected in %.1f s%n", pages - connected.getCount(), (System.nanoTime() - opening) / 1e9);
        Thread.sleep(1000);

        List<Long> all = new ArrayList<>();
        int worstReached = pages;
        for (int round = 1; round <= rounds; round++) {
            arrivals.clear();
            long question = acceptedQuestion(id, round);
            long sent = System.nanoTime();
            given().auth().oauth2(Tokens.of("li.na")).contentType(ContentType.JSON)
                    .body(Map.of("guest", "王建国", "text", "第 " + round + " 个回答：正在研究制定指导意见。"))
                    .post("/api/interviews/questions/" + question + "/answer").then().statusCode(200);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (arrivals.size() < pages && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            List<Long> delays = arrivals.stream().map(a -> a[0] - sent).sorted().toList();
            worstReached = Math.min(worstReached, delays.size());
            all.addAll(delays);
            System.out.printf("   round %d: %d of %d pages had the answer; p50 %.1f ms  p99 %.1f ms  max %.1f ms%n", round, delays.size(), pages,
                    SteadyLoad.pct(delays, 50), SteadyLoad.pct(delays, 99), SteadyLoad.pct(delays, 100));
        }
        List<Long> sorted = all.stream().sorted().toList();
        System.out.printf("   all rounds: p50 %.1f ms  p99 %.1f ms  max %.1f ms%n", SteadyLoad.pct(sorted, 50), SteadyLoad.pct(sorted, 99),
                SteadyLoad.pct(sorted, 100));
        boolean ok = worstReached == pages && SteadyLoad.pct(sorted, 100) < 1000;
        System.out.println(ok ? "   ✓ every page had every answer within 1 s" : "   ✗ SOME PAGES MISSED AN ANSWER OR GOT IT LATER THAN 1 S");
        streams.forEach(s -> s.cancel(true));
        System.exit(ok ? 0 : 1);
    }

    /** One open page: counts itself connected on its first line, records when the answer's line arrives. */
    private static final class Page implements Flow.Subscriber<String> {
        private final ConcurrentLinkedQueue<long[]> arrivals;
        private final CountDownLatch connected;
        private boolean counted;

        Page(ConcurrentLinkedQueue<long[]> arrivals, CountDownLatch connected) {
            this.arrivals = arrivals;
            this.connected = connected;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            connected.countDown();
            counted = true;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (line.startsWith("data:") && line.contains("\"answer\":\"")) {
                arrivals.add(new long[] {System.nanoTime()});
            }
        }

        @Override
        public void onError(Throwable e) {
            if (!counted) {
                connected.countDown();
            }
        }

        @Override
        public void onComplete() {
        }
    }

    private static long acceptedQuestion(long id, int round) {
        String content = "压测问题 " + round + "：网约车平台抽成比例有没有上限？";
        given().contentType(ContentType.JSON).body(Map.of("content", content, "challenge", cn.tianshan.testing.PublicIntake.solvedChallenge()))
                .post("/api/public/interviews/" + id + "/questions").then().statusCode(201);
        long question = given().auth().oauth2(Tokens.of("li.na")).get("/api/interviews/" + id).then().statusCode(200).extract().jsonPath()
                .getLong("questions.find { it.content == '" + content + "' }.id");
        given().auth().oauth2(Tokens.of("li.na")).post("/api/interviews/questions/" + question + "/acceptance").then().statusCode(200);
        return question;
    }

    private static long liveInterview() {
        Map<String, Object> draft = Map.of("title", "压测访谈 " + System.currentTimeMillis(), "description", "基准测试用访谈",
                "startsAt", LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).minusMinutes(5).withNano(0).toString(),
                "endsAt", LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).plusHours(2).withNano(0).toString(),
                "guests", List.of(Map.of("name", "王建国", "title", "运输服务处处长")));
        long id = given().auth().oauth2(Tokens.of("li.na")).contentType(ContentType.JSON).body(draft).post("/api/interviews").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(Tokens.of("li.na")).post("/api/interviews/" + id + "/submission").then().statusCode(200);
        for (String reviewer : List.of("zhao.min", "sun.li")) {
            List<Map<String, Object>> tasks = given().auth().oauth2(Tokens.of("li.na")).get("/api/interviews/" + id).then().extract()
                    .jsonPath().getList("review.tasks");
            long task = tasks.stream().filter(t -> "IN_PROGRESS".equals(t.get("status"))).map(t -> ((Number) t.get("id")).longValue())
                    .findFirst().orElseThrow();
            given().auth().oauth2(Tokens.of(reviewer)).contentType(ContentType.JSON).body(Map.of("opinion", "同意"))
                    .post("/api/reviews/tasks/" + task + "/approval").then().statusCode(200);
        }
        return id;
    }
}
