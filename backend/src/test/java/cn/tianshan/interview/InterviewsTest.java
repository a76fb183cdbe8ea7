package cn.tianshan.interview;

import static cn.tianshan.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.tianshan.testing.DemoUsers;
import cn.tianshan.testing.Flows;
import cn.tianshan.testing.PublicIntake;
import cn.tianshan.testing.Race;
import cn.tianshan.testing.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Online interviews through the API: the moderated queue and its order, live answers over SSE, the record. */
@QuarkusTest
class InterviewsTest {

    static final String EDITOR = DemoUsers.EDITOR_DEPARTMENT;
    static final String HEAD = DemoUsers.UNIT_HEAD_DEPARTMENT;

    @TestHTTPResource("/")
    URL base;

    static Map<String, Object> draft(String title, LocalDateTime starts, LocalDateTime ends) {
        Map<String, Object> d = new HashMap<>();
        d.put("title", title);
        d.put("description", "厅领导和处室负责人就网约车管理回答网友提问。");
        d.put("startsAt", starts.withNano(0).toString());
        d.put("endsAt", ends.withNano(0).toString());
        d.put("guests", List.of(Map.of("name", "王建国", "title", "运输服务处处长"), Map.of("name", "李红", "title", "法规处副处长")));
        return d;
    }

    static JsonPath detail(long id) {
        return given().auth().oauth2(Tokens.of(EDITOR)).get("/api/interviews/" + id).then().statusCode(200).extract().jsonPath();
    }

    static long published(Map<String, Object> draft) {
        long id = given().auth().oauth2(Tokens.of(EDITOR)).contentType(ContentType.JSON).body(draft).post("/api/interviews").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(Tokens.of(EDITOR)).post("/api/interviews/" + id + "/submission").then().statusCode(200);
        for (String reviewer : List.of(HEAD, DemoUsers.SITE_OFFICE)) {
            List<Map<String, Object>> tasks = detail(id).getList("review.tasks");
            Flows.approve(reviewer, tasks.stream().filter(t -> "IN_PROGRESS".equals(t.get("status")))
                    .map(t -> ((Number) t.get("id")).longValue()).findFirst().orElseThrow()).statusCode(200);
        }
        return id;
    }

    static ValidatableResponse ask(long id, String content) {
        Map<String, Object> body = new HashMap<>(Map.of("content", content, "challenge", PublicIntake.solvedChallenge()));
        return given().contentType(ContentType.JSON).body(body).post("/api/public/interviews/" + id + "/questions").then();
    }

    static long questionId(long id, String content) {
        return detail(id).getLong("questions.find { it.content == '" + content + "' }.id");
    }

    static ValidatableResponse moderate(String action, long question, Object body) {
        var request = given().auth().oauth2(Tokens.of(EDITOR)).contentType(ContentType.JSON);
        if (body != null) {
            request.body(body);
        }
        return request.post("/api/interviews/questions/" + question + "/" + action).then();
    }

    @Test
    void questionsAreModeratedIntoARunningOrderAndAnswersReachAnOpenPageLive() throws Exception {
        long id = published(draft("网约车规范管理在线访谈", LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).minusMinutes(10), LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).plusHours(2)));
        assertThat(given().get("/api/public/interviews/" + id).then().statusCode(200).extract().jsonPath().getString("phase")).isEqualTo("LIVE");
        List<String> asked = List.of("网约车司机的从业资格证怎么考？", "网约车平台抽成过高怎么管？", "平台抽成比例有没有上限？", "请问今天天气如何？");
        asked.forEach(q -> ask(id, q).statusCode(201));
        assertProblem(ask(id, "短"), 400).body("errors[0].field", equalTo("content"));

        long second = questionId(id, asked.get(1));
        long first = questionId(id, asked.get(0));
        moderate("acceptance", second, null).statusCode(200).body("sequence", equalTo(1));
        moderate("acceptance", first, null).statusCode(200).body("sequence", equalTo(2));
        assertProblem(moderate("acceptance", first, null), 409);
        moderate("merge", questionId(id, asked.get(2)), Map.of("into", second)).statusCode(200).body("status", equalTo("MERGED"));
        assertProblem(moderate("merge", questionId(id, asked.get(3)), Map.of("into", 999_999L)), 400).body("errors[0].field", equalTo("into"));
        moderate("rejection", questionId(id, asked.get(3)), Map.of("note", "与访谈主题无关")).statusCode(200).body("status", equalTo("REJECTED"));

        JsonPath page = given().get("/api/public/interviews/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("questions.content", String.class)).containsExactly(asked.get(1), asked.get(0));
        assertThat(page.getList("questions.sequence", Integer.class)).containsExactly(1, 2);

        HttpClient http = HttpClient.newHttpClient();
        HttpRequest follow = HttpRequest.newBuilder(URI.create(base + "api/public/interviews/" + id + "/events"))
                .header("Accept", "text/event-stream").build();
        HttpResponse<InputStream> stream = http.send(follow, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        CompletableFuture<String> event = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("data:") && line.contains("answer\":\"")) {
                        return line;
                    }
                }
                return null;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Thread.sleep(300);
        assertProblem(moderate("answer", second, Map.of("guest", "张三", "text", "不是嘉宾的回答")), 400).body("errors[0].field", equalTo("guest"));
        moderate("answer", second, Map.of("guest", "王建国", "text", "我们正在研究出台平台抽成比例上限的指导意见。")).statusCode(200);
        String data = event.get(5, TimeUnit.SECONDS);
        assertThat(data).contains("平台抽成比例上限").contains("王建国");
        stream.body().close();

        assertProblem(given().auth().oauth2(Tokens.of(EDITOR)).contentType(ContentType.JSON).body(Map.of("summary", "访谈综述"))
                .post("/api/interviews/" + id + "/record").then(), 409);
        assertProblem(given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_AFFILIATED)).post("/api/interviews/questions/" + first + "/acceptance")
                .then(), 403);
    }

    @Test
    void moderatorsDecidingAtOnceTakeEachQuestionOnceAndNumberTheRunningOrderWithoutGaps() throws Exception {
        long id = published(draft("公路出行服务在线访谈", LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).minusMinutes(10),
                LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).plusHours(2)));
        List<String> asked = java.util.stream.IntStream.rangeClosed(1, 8).mapToObj(n -> "第" + n + "个问题：高速公路服务区充电桩什么时候能覆盖？").toList();
        asked.forEach(q -> ask(id, q).statusCode(201));
        List<Long> questions = asked.stream().map(q -> questionId(id, q)).toList();

        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        List<Integer> accepted = Race.statuses(8, () -> moderate("acceptance", questions.get(next.getAndIncrement()), null)
                .extract().statusCode());
        assertThat(accepted).containsOnly(200);
        JsonPath page = given().get("/api/public/interviews/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("questions.sequence", Integer.class)).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);

        ask(id, "服务区的餐饮价格由谁监管？").statusCode(201);
        long disputed = questionId(id, "服务区的餐饮价格由谁监管？");
        java.util.concurrent.atomic.AtomicInteger click = new java.util.concurrent.atomic.AtomicInteger();
        List<Integer> decided = Race.statuses(8, () -> (click.getAndIncrement() % 2 == 0
                ? moderate("acceptance", disputed, null) : moderate("rejection", disputed, Map.of("note", "与访谈主题无关"))).extract().statusCode());
        assertThat(decided).containsOnlyOnce(200).containsOnly(200, 409);
        String status = detail(id).getString("questions.find { it.id == " + disputed + " }.status");
        assertThat(status).isIn("ACCEPTED", "REJECTED");
        if (status.equals("ACCEPTED")) {
            assertThat(detail(id).getInt("questions.find { it.id == " + disputed + " }.sequence")).isEqualTo(9);
        }
    }

    @Test
    void afterTheInterviewNoQuestionIsTakenAndTheRecordIsPublished() throws Exception {
        // Long enough to be published and take a question on a busy CI machine; the test waits for the real end.
        LocalDateTime ends = LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).plusSeconds(8);
        long id = published(draft("“四好农村路”建设成效访谈", LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).minusHours(1), ends));
        ask(id, "农村公路养护资金从哪里来？").statusCode(201);
        moderate("acceptance", questionId(id, "农村公路养护资金从哪里来？"), null).statusCode(200);
        Thread.sleep(Math.max(0, java.time.Duration.between(LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")), ends).toMillis()) + 1200);
        assertProblem(ask(id, "结束后还能再问一个问题吗？"), 409);
        given().auth().oauth2(Tokens.of(EDITOR)).contentType(ContentType.JSON).body(Map.of("summary", "嘉宾介绍了农村公路建设养护成效。"))
                .post("/api/interviews/" + id + "/record").then().statusCode(200).body("phase", equalTo("RECORDED"));
        JsonPath record = given().get("/api/public/interviews/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(record.getString("phaseLabel")).isEqualTo("访谈实录");
        assertThat(record.getString("recordSummary")).contains("农村公路");
        assertThat(record.getList("questions.content", String.class)).containsExactly("农村公路养护资金从哪里来？");
        assertThat(record.getBoolean("acceptingQuestions")).isFalse();
    }

    @Test
    void theInterviewPageIsCompleteWithoutJavaScript() {
        long id = published(draft("公路养护政策解读在线访谈（无脚本）", LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).minusMinutes(5),
                LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).plusHours(1)));
        ask(id, "冬季除雪由哪个单位负责？（无脚本）").statusCode(201);
        long question = questionId(id, "冬季除雪由哪个单位负责？（无脚本）");
        moderate("acceptance", question, null).statusCode(200);
        moderate("answer", question, Map.of("guest", "王建国", "text", "由各公路管理单位按路段负责。")).statusCode(200);
        ask(id, "这个问题还没有审核，不应出现").statusCode(201);

        String html = given().accept("text/html").get("/interviews/" + id).then().statusCode(200).extract().asString();
        assertThat(html).contains("<title>公路养护政策解读在线访谈（无脚本） - 新疆维吾尔自治区交通运输厅</title>")
                .contains("<h1>公路养护政策解读在线访谈（无脚本）</h1>").contains("王建国，运输服务处处长")
                .contains("冬季除雪由哪个单位负责？（无脚本）").contains("王建国答：</strong>由各公路管理单位按路段负责。")
                .doesNotContain("这个问题还没有审核");
        assertThat(given().get("/interviews").then().statusCode(200).extract().asString())
                .contains("href=\"/interviews/" + id + "\"");
        given().get("/interviews/99999999").then().statusCode(404);
    }

    static byte[] png() throws java.io.IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(24, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void guestsHaveTheirPhotosWhichThePublicSeesOnlyOncePublished() throws Exception {
        Map<String, Object> d = draft("交通运输安全生产在线访谈（嘉宾照片）", LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(2),
                LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(2).plusHours(1));
        long id = given().auth().oauth2(Tokens.of(EDITOR)).contentType(ContentType.JSON).body(d).post("/api/interviews").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        long other = given().auth().oauth2(Tokens.of(EDITOR)).contentType(ContentType.JSON).body(d).post("/api/interviews").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        var upload = cn.tianshan.testing.Uploads.upload(EDITOR, "/api/interviews/" + id + "/guest-photos", "王建国.png", png(), "image/png");
        assertThat(upload.status()).isEqualTo(201);
        long photo = upload.body().getLong("id");
        long foreign = cn.tianshan.testing.Uploads.upload(EDITOR, "/api/interviews/" + other + "/guest-photos", "别人.png", png(), "image/png")
                .body().getLong("id");
        var pdf = cn.tianshan.testing.Uploads.upload(EDITOR, "/api/interviews/" + id + "/guest-photos", "简历.pdf",
                "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII), "application/pdf");
        assertThat(pdf.status()).isEqualTo(400);
        assertThat(pdf.body().getString("errors[0].field")).isEqualTo("file");
        assertThat(cn.tianshan.testing.Uploads.upload(DemoUsers.EDITOR_AFFILIATED, "/api/interviews/" + id + "/guest-photos", "x.png", png(),
                "image/png").status()).isEqualTo(403);

        Map<String, Object> stranger = new HashMap<>(d);
        stranger.put("guests", List.of(Map.of("name", "王建国", "title", "运输服务处处长", "photoId", foreign)));
        assertProblem(given().auth().oauth2(Tokens.of(EDITOR)).contentType(ContentType.JSON).body(stranger).put("/api/interviews/" + id)
                .then(), 400).body("errors[0].field", equalTo("guests[0].photoId"));
        Map<String, Object> withPhoto = new HashMap<>(d);
        withPhoto.put("guests", List.of(Map.of("name", "王建国", "title", "运输服务处处长", "photoId", photo), Map.of("name", "李红", "title", "法规处副处长")));
        given().auth().oauth2(Tokens.of(EDITOR)).contentType(ContentType.JSON).body(withPhoto).put("/api/interviews/" + id).then()
                .statusCode(200).body("guests[0].photoUrl", equalTo("/api/interviews/" + id + "/guest-photos/" + photo))
                .body("guests[1].photoUrl", org.hamcrest.Matchers.nullValue());
        given().auth().oauth2(Tokens.of(EDITOR)).get("/api/interviews/" + id + "/guest-photos/" + photo).then().statusCode(200)
                .contentType("image/png");
        given().get("/api/public/interviews/" + id + "/guest-photos/" + photo).then().statusCode(404);

        given().auth().oauth2(Tokens.of(EDITOR)).post("/api/interviews/" + id + "/submission").then().statusCode(200);
        for (String reviewer : List.of(HEAD, DemoUsers.SITE_OFFICE)) {
            List<Map<String, Object>> tasks = detail(id).getList("review.tasks");
            Flows.approve(reviewer, tasks.stream().filter(t -> "IN_PROGRESS".equals(t.get("status")))
                    .map(t -> ((Number) t.get("id")).longValue()).findFirst().orElseThrow()).statusCode(200);
        }
        String url = "/api/public/interviews/" + id + "/guest-photos/" + photo;
        given().get("/api/public/interviews/" + id).then().statusCode(200).body("guests[0].photoUrl", equalTo(url));
        byte[] served = given().get(url).then().statusCode(200).contentType("image/png").extract().asByteArray();
        assertThat(served).isEqualTo(png());
        given().get("/api/public/interviews/" + id + "/guest-photos/" + foreign).then().statusCode(404);
        assertThat(given().accept("text/html").get("/interviews/" + id).then().extract().asString())
                .contains("<img src=\"" + url + "\" alt=\"王建国\"");
    }
}
