package cn.tianshan.survey;

import static cn.tianshan.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import cn.tianshan.testing.DemoUsers;
import cn.tianshan.testing.Flows;
import cn.tianshan.testing.PublicIntake;
import cn.tianshan.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** Online surveys through the API: drafting rules, review to publication, answering once, exact counts, exports. */
@QuarkusTest
class SurveysTest {

    static final String EDITOR = DemoUsers.EDITOR_DEPARTMENT;
    static final String HEAD = DemoUsers.UNIT_HEAD_DEPARTMENT;

    static Map<String, Object> draft(String title) {
        Map<String, Object> d = new HashMap<>();
        d.put("title", title);
        d.put("description", "为改进道路客运服务，特开展本次调查，感谢参与。");
        d.put("opensAt", LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).minusHours(1).withNano(0).toString());
        d.put("closesAt", LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(7).withNano(0).toString());
        d.put("resultsShown", "LIVE");
        d.put("questions", List.of(
                Map.of("kind", "SINGLE_CHOICE", "prompt", "您对客运站服务是否满意？", "required", true, "options", List.of("满意", "基本满意", "不满意")),
                Map.of("kind", "MULTIPLE_CHOICE", "prompt", "您常用哪些购票方式？", "required", false, "options", List.of("窗口", "网上", "自助机")),
                Map.of("kind", "FREE_TEXT", "prompt", "您的其他建议", "required", false)));
        return d;
    }

    static JsonPath detail(String user, long id) {
        return given().auth().oauth2(Tokens.of(user)).get("/api/surveys/" + id).then().statusCode(200).extract().jsonPath();
    }

    static long waitingTask(long id) {
        List<Map<String, Object>> tasks = detail(EDITOR, id).getList("review.tasks");
        return tasks.stream().filter(t -> "IN_PROGRESS".equals(t.get("status"))).map(t -> ((Number) t.get("id")).longValue())
                .findFirst().orElseThrow();
    }

    /** A survey drafted by the department's editor and approved by its head and the site office. */
    static long published(String title) {
        long id = given().auth().oauth2(Tokens.of(EDITOR)).contentType(ContentType.JSON).body(draft(title)).post("/api/surveys")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(Tokens.of(EDITOR)).post("/api/surveys/" + id + "/submission").then().statusCode(200)
                .body("status", equalTo("IN_REVIEW"));
        Flows.approve(HEAD, waitingTask(id)).statusCode(200);
        Flows.approve(DemoUsers.SITE_OFFICE, waitingTask(id)).statusCode(200);
        return id;
    }

    static ValidatableResponse answer(long id, List<Map<String, Object>> answers, String cookie) {
        var request = given().contentType(ContentType.JSON).body(Map.of("answers", answers, "challenge", PublicIntake.solvedChallenge()));
        if (cookie != null) {
            request.cookie(VoterCookies.NAME, cookie);
        }
        return request.post("/api/public/surveys/" + id + "/responses").then();
    }

    static List<Map<String, Object>> sheet(JsonPath survey, int single, List<Integer> multiple, String text) {
        List<Map<String, Object>> answers = new ArrayList<>();
        answers.add(Map.of("questionId", survey.getLong("questions[0].id"), "optionIds", List.of(survey.getLong("questions[0].options[" + single + "].id"))));
        answers.add(Map.of("questionId", survey.getLong("questions[1].id"),
                "optionIds", multiple.stream().map(i -> survey.getLong("questions[1].options[" + i + "].id")).toList()));
        if (text != null) {
            answers.add(Map.of("questionId", survey.getLong("questions[2].id"), "text", text));
        }
        return answers;
    }

    static JsonPath publicSurvey(long id) {
        return given().get("/api/public/surveys/" + id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aDraftNamesEveryFieldItGetsWrong() {
        Map<String, Object> bad = draft("时间颠倒的调查");
        bad.put("closesAt", LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(1).withNano(0).toString());
        bad.put("questions", List.of(Map.of("kind", "SINGLE_CHOICE", "prompt", "只有一个选项", "required", true, "options", List.of("是")),
                Map.of("kind", "FREE_TEXT", "prompt", "填空却带选项", "required", false, "options", List.of("甲", "乙"))));
        ValidatableResponse r = assertProblem(given().auth().oauth2(Tokens.of(EDITOR)).contentType(ContentType.JSON).body(bad)
                .post("/api/surveys").then(), 400);
        r.body("errors.field", hasItem("closesAt")).body("errors.field", hasItem("questions[0].options"))
                .body("errors.field", hasItem("questions[1].options"));
        Map<String, Object> empty = draft("");
        empty.put("questions", List.of());
        assertProblem(given().auth().oauth2(Tokens.of(EDITOR)).contentType(ContentType.JSON).body(empty).post("/api/surveys").then(), 400)
                .body("errors.field", hasItem("title")).body("errors.field", hasItem("questions"));
        assertProblem(given().auth().oauth2(Tokens.of(DemoUsers.SECRECY_REVIEWER)).contentType(ContentType.JSON)
                .body(draft("保密审查员发起的调查")).post("/api/surveys").then(), 403);
    }

    @Test
    void aSurveyIsPublishedOnlyAfterItsHeadAndTheSiteOfficeAgreeAndIsAnsweredOncePerBrowser() {
        long id = given().auth().oauth2(Tokens.of(EDITOR)).contentType(ContentType.JSON).body(draft("道路客运服务满意度调查"))
                .post("/api/surveys").then().statusCode(201).extract().jsonPath().getLong("id");
        given().get("/api/public/surveys/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.of(EDITOR)).post("/api/surveys/" + id + "/submission").then().statusCode(200);
        assertProblem(given().auth().oauth2(Tokens.of(EDITOR)).contentType(ContentType.JSON).body(draft("审核中改题"))
                .put("/api/surveys/" + id).then(), 409);
        Flows.approve(HEAD, waitingTask(id)).statusCode(200);
        assertThat(detail(EDITOR, id).getString("status")).isEqualTo("IN_REVIEW");
        Flows.approve(DemoUsers.SITE_OFFICE, waitingTask(id)).statusCode(200);
        JsonPath admin = detail(EDITOR, id);
        assertThat(admin.getString("status")).isEqualTo("PUBLISHED");
        assertThat(admin.getString("phase")).isEqualTo("OPEN");
        assertThat(admin.getString("publicPath")).isEqualTo("/surveys/" + id);

        JsonPath survey = publicSurvey(id);
        assertThat(survey.getBoolean("alreadyAnswered")).isFalse();
        assertThat(survey.getString("rules")).contains("每个浏览器限答一次").contains("55");
        Response first = given().contentType(ContentType.JSON)
                .body(Map.of("answers", sheet(survey, 0, List.of(0, 1), "希望增加夜班车"), "challenge", PublicIntake.solvedChallenge()))
                .post("/api/public/surveys/" + id + "/responses");
        first.then().statusCode(201).body("results.responses", equalTo(1));
        String cookie = first.getCookie(VoterCookies.NAME);
        assertThat(cookie).isNotBlank();
        assertThat(first.getDetailedCookie(VoterCookies.NAME).isHttpOnly()).isTrue();
        given().cookie(VoterCookies.NAME, cookie).get("/api/public/surveys/" + id).then().body("alreadyAnswered", equalTo(true));
        assertProblem(answer(id, sheet(survey, 1, List.of(), null), cookie), 409);
        answer(id, sheet(survey, 1, List.of(), null), cookie.substring(0, 40) + "0".repeat(cookie.length() - 40)).statusCode(201);

        JsonPath results = given().get("/api/public/surveys/" + id + "/results").then().statusCode(200).extract().jsonPath();
        assertThat(results.getInt("responses")).isEqualTo(2);
        assertThat(results.getList("questions[0].options.count", Integer.class)).containsExactly(1, 1, 0);
        assertThat(results.getList("questions[0].options.percent", Float.class)).containsExactly(50.0f, 50.0f, 0.0f);
        assertThat(results.getInt("questions[1].answered")).isEqualTo(1);
        assertThat(results.getList("questions[1].options.count", Integer.class)).containsExactly(1, 1, 0);
        assertThat(results.getInt("questions[2].answered")).isEqualTo(1);

        String csv = given().auth().oauth2(Tokens.of(EDITOR)).get("/api/surveys/" + id + "/answers?format=csv").then().statusCode(200)
                .extract().asString();
        assertThat(csv).startsWith("\uFEFF答卷编号,提交时间,1. 您对客运站服务是否满意？（单选）").contains("满意,窗口；网上,希望增加夜班车");
        assertProblem(given().auth().oauth2(Tokens.of(EDITOR)).get("/api/surveys/" + id + "/answers?format=pdf").then(), 400)
                .body("errors[0].field", equalTo("format"));

        given().auth().oauth2(Tokens.of(HEAD)).contentType(ContentType.JSON).body(Map.of("note", "样本已足够"))
                .post("/api/surveys/" + id + "/closing").then().statusCode(200).body("phase", equalTo("CLOSED"));
        assertProblem(answer(id, sheet(publicSurvey(id), 0, List.of(), null), null), 409);
    }

    @Test
    void answersAreCheckedAgainstTheQuestionsAndNothingIsHalfSaved() {
        long id = published("公路出行信息服务调查");
        JsonPath survey = publicSurvey(id);
        long single = survey.getLong("questions[0].id");
        long otherOption = survey.getLong("questions[1].options[0].id");
        assertProblem(answer(id, List.of(Map.of("questionId", survey.getLong("questions[1].id"), "optionIds", List.of(otherOption))), null), 400)
                .body("errors[0].field", equalTo("questions[1]")).body("errors[0].message", equalTo("第 1 题为必答题"));
        assertProblem(answer(id, List.of(Map.of("questionId", single, "optionIds", List.of(otherOption))), null), 400)
                .body("errors[0].message", equalTo("第 1 题没有所选的选项"));
        assertProblem(answer(id, List.of(Map.of("questionId", single, "optionIds",
                List.of(survey.getLong("questions[0].options[0].id"), survey.getLong("questions[0].options[1].id")))), null), 400)
                .body("errors[0].message", equalTo("第 1 题为单选题，只能选一项"));
        assertProblem(answer(id, List.of(Map.of("questionId", 999_999_999L, "optionIds", List.of(1))), null), 400)
                .body("errors.field", hasItem("answers[0].questionId"));
        Map<String, Object> tooLong = new HashMap<>(Map.of("questionId", survey.getLong("questions[2].id"), "text", "长".repeat(1001)));
        List<Map<String, Object>> withLong = new ArrayList<>(sheet(survey, 0, List.of(), null));
        withLong.add(tooLong);
        assertProblem(answer(id, withLong, null), 400).body("errors[0].field", equalTo("answers[2].text"));
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("answers", sheet(survey, 0, List.of(), null)))
                .post("/api/public/surveys/" + id + "/responses").then(), 400).body("errors.field", hasItem("challenge"));
        assertProblem(answer(404_404_404L, sheet(survey, 0, List.of(), null), null), 404);
        assertThat(given().get("/api/public/surveys/" + id + "/results").then().statusCode(200).extract().jsonPath().getInt("responses"))
                .isZero();
    }

    @Test
    void fiftyPeopleAnsweringAtOnceAreCountedExactlyAndOneAddressIsCapped() throws Exception {
        long id = published("交通运输政务服务评价调查");
        JsonPath survey = publicSurvey(id);
        ExecutorService pool = Executors.newFixedThreadPool(25);
        List<Future<Integer>> outcomes = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int choice = i % 3;
            List<Integer> multiple = i % 2 == 0 ? List.of(0, 2) : List.of(1);
            Callable<Integer> task = () -> answer(id, sheet(survey, choice, multiple, null), null).extract().statusCode();
            outcomes.add(pool.submit(task));
        }
        for (Future<Integer> outcome : outcomes) {
            assertThat(outcome.get()).isEqualTo(201);
        }
        pool.shutdown();
        JsonPath results = given().auth().oauth2(Tokens.of(EDITOR)).get("/api/surveys/" + id + "/results").then().statusCode(200)
                .extract().jsonPath();
        assertThat(results.getInt("responses")).isEqualTo(50);
        assertThat(results.getList("questions[0].options.count", Integer.class)).containsExactly(17, 17, 16);
        assertThat(results.getList("questions[1].options.count", Integer.class)).containsExactly(25, 25, 25);
        assertThat(results.getList("questions[1].options.percent", Float.class)).containsExactly(50.0f, 50.0f, 50.0f);

        for (int i = 0; i < 5; i++) {
            answer(id, sheet(survey, 0, List.of(), null), null).statusCode(201);
        }
        assertProblem(answer(id, sheet(survey, 0, List.of(), null), null), 429).header("Retry-After", notNullValue())
                .body("detail", org.hamcrest.Matchers.containsString("最多提交 55 份"));

        byte[] xlsx = given().auth().oauth2(Tokens.of(EDITOR)).get("/api/surveys/" + id + "/answers?format=xlsx").then().statusCode(200)
                .extract().asByteArray();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = book.getFirstSheet().read();
            assertThat(rows.get(1).getCellText(2)).contains("您对客运站服务是否满意");
            assertThat(rows).hasSize(2 + 55);
        }
        assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }

    @Test
    void theSurveyPageShowsItsQuestionsAndLiveResultsWithoutJavaScript() {
        long id = published("客运站服务调查（无脚本）");
        String before = given().accept("text/html").get("/surveys/" + id).then().statusCode(200).extract().asString();
        assertThat(before).contains("<h1>客运站服务调查（无脚本）</h1>").contains("共 0 份答卷");
        List<Long> options = detail(EDITOR, id).getList("questions[0].options.id", Long.class);
        long question = detail(EDITOR, id).getLong("questions[0].id");
        answer(id, List.of(Map.of("questionId", question, "optionIds", List.of(options.get(0)))), null).statusCode(201);

        String html = given().accept("text/html").get("/surveys/" + id).then().statusCode(200).extract().asString();
        assertThat(html).contains("共 1 份答卷").contains("您对客运站服务是否满意？（1 人作答）")
                .contains("<tr><th scope=\"row\">满意</th><td>1</td><td>100.0%</td></tr>")
                .contains("您的其他建议（文字题，0 人作答，内容不公开）");
        assertThat(given().get("/surveys").then().statusCode(200).extract().asString()).contains("href=\"/surveys/" + id + "\"");
    }
}
