package cn.tianshan.survey;

import static io.restassured.RestAssured.given;

import cn.tianshan.testing.SteadyLoad;
import cn.tianshan.testing.Tokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
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
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * Benchmark, not a test (deploy/bench/surveys runs it): a survey published through the real review chain, then
 * anonymous answer sheets at a steady rate, each with a solved challenge, all from one address (the worst case for
 * the per-address tally). Afterwards the results the unit sees must equal, option by option, what the acknowledged
 * sheets chose. Prints throughput, latency percentiles and the count check. Arguments: base URL, sheets per second,
 * seconds.
 */
public final class SurveyAnswersBench {

    private record Outcome(int status, long nanos, int single, boolean multipleFirst) {
    }

    private SurveyAnswersBench() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int rate = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        RestAssured.baseURI = base;
        long id = publishedSurvey();
        JsonPath survey = given().get("/api/public/surveys/" + id).then().statusCode(200).extract().jsonPath();
        long q1 = survey.getLong("questions[0].id");
        long q2 = survey.getLong("questions[1].id");
        List<Long> singles = survey.getList("questions[0].options.id", Long.class);
        long multipleFirst = survey.getLong("questions[1].options[0].id");
        long multipleSecond = survey.getLong("questions[1].options[1].id");

        HttpClient http = SteadyLoad.client();
        System.out.printf("→ %d answer sheets per second for %d s against %s (survey %d)%n", rate, seconds, base, id);
        SteadyLoad.Run<Outcome> run = SteadyLoad.run(rate, seconds, n -> {
            int single = n % 3;
            boolean first = n % 2 == 0;
            String answers = "[{\"questionId\":" + q1 + ",\"optionIds\":[" + singles.get(single) + "]},{\"questionId\":" + q2
                    + ",\"optionIds\":[" + (first ? multipleFirst + "," : "") + multipleSecond + "]}]";
            long begin = System.nanoTime();
            return SteadyLoad.solvedChallenge(http, base).thenCompose(challenge -> {
                HttpRequest post = HttpRequest.newBuilder(URI.create(base + "/api/public/surveys/" + id + "/responses"))
                        .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"answers\":" + answers + ",\"challenge\":" + challenge + "}",
                                StandardCharsets.UTF_8)).build();
                return http.sendAsync(post, HttpResponse.BodyHandlers.discarding());
            }).thenApply(r -> new Outcome(r.statusCode(), System.nanoTime() - begin, single, first))
                    .exceptionally(e -> new Outcome(-1, System.nanoTime() - begin, single, first));
        });

        List<Outcome> all = run.outcomes();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        all.forEach(o -> byStatus.merge(o.status(), 1, Integer::sum));
        List<Outcome> stored = all.stream().filter(o -> o.status() == 201).toList();
        List<Long> latency = new ArrayList<>(stored.stream().map(Outcome::nanos).sorted().toList());
        System.out.printf("   offered %d sheets in %.1f s (%.1f/s); all answered after %.1f s%n", all.size(), run.offeredSeconds(),
                all.size() / run.offeredSeconds(), run.elapsedSeconds());
        System.out.printf("   answers by status: %s%n", byStatus);
        System.out.printf("   acknowledged (201): %d, throughput %.1f sheets/s%n", stored.size(), stored.size() / run.elapsedSeconds());
        System.out.printf("   sheet latency (challenge + solve + POST)  p50 %.1f ms  p99 %.1f ms  max %.1f ms%n",
                SteadyLoad.pct(latency, 50), SteadyLoad.pct(latency, 99), SteadyLoad.pct(latency, 100));

        long[] expectedSingle = new long[3];
        stored.forEach(o -> expectedSingle[o.single()]++);
        long expectedFirst = stored.stream().filter(Outcome::multipleFirst).count();
        JsonPath results = given().auth().oauth2(Tokens.of("li.na")).get("/api/surveys/" + id + "/results").then().statusCode(200)
                .extract().jsonPath();
        List<Long> single = results.getList("questions[0].options.count", Long.class);
        List<Long> multiple = results.getList("questions[1].options.count", Long.class);
        boolean exact = results.getLong("responses") == stored.size() && single.equals(List.of(expectedSingle[0], expectedSingle[1],
                expectedSingle[2])) && multiple.get(0) == expectedFirst && multiple.get(1) == stored.size();
        System.out.printf("   counts: %d sheets stored for %d acknowledged; question 1 %s (expected [%d, %d, %d]); question 2 %s "
                        + "(expected [%d, %d, 0])%n", results.getLong("responses"), stored.size(), single, expectedSingle[0],
                expectedSingle[1], expectedSingle[2], multiple, expectedFirst, stored.size());
        System.out.println(exact ? "   ✓ the final counts equal the acknowledged answers exactly" : "   ✗ COUNTS DIFFER FROM THE ACKNOWLEDGED ANSWERS");
        System.exit(exact ? 0 : 1);
    }

    private static long publishedSurvey() {
        Map<String, Object> draft = Map.of("title", "压测调查 " + System.currentTimeMillis(), "description", "基准测试用调查",
                "opensAt", LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).minusHours(1).withNano(0).toString(),
                "closesAt", LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1).withNano(0).toString(), "resultsShown", "LIVE",
                "questions", List.of(
                        Map.of("kind", "SINGLE_CHOICE", "prompt", "单选题", "required", true, "options", List.of("甲", "乙", "丙")),
                        Map.of("kind", "MULTIPLE_CHOICE", "prompt", "多选题", "required", true, "options", List.of("子", "丑", "寅"))));
        long id = given().auth().oauth2(Tokens.of("li.na")).contentType(ContentType.JSON).body(draft).post("/api/surveys").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(Tokens.of("li.na")).post("/api/surveys/" + id + "/submission").then().statusCode(200);
        for (String reviewer : List.of("zhao.min", "sun.li")) {
            List<Map<String, Object>> tasks = given().auth().oauth2(Tokens.of("li.na")).get("/api/surveys/" + id).then().extract()
                    .jsonPath().getList("review.tasks");
            long task = tasks.stream().filter(t -> "IN_PROGRESS".equals(t.get("status"))).map(t -> ((Number) t.get("id")).longValue())
                    .findFirst().orElseThrow();
            given().auth().oauth2(Tokens.of(reviewer)).contentType(ContentType.JSON).body(Map.of("opinion", "同意"))
                    .post("/api/reviews/tasks/" + task + "/approval").then().statusCode(200);
        }
        return id;
    }
}
