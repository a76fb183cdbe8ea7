package cn.tianshan.consultation;

import static cn.tianshan.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.tianshan.calendar.WorkingDays;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.deadline.DeadlineWatch;
import cn.tianshan.testing.DemoUsers;
import cn.tianshan.testing.Flows;
import cn.tianshan.testing.PublicIntake;
import cn.tianshan.testing.Race;
import cn.tianshan.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Consultations through the API: review to publication, moderated comments, the feedback clock and its escalation. */
@QuarkusTest
class ConsultationsTest {

    static final String EDITOR = DemoUsers.EDITOR_DEPARTMENT;
    static final String HEAD = DemoUsers.UNIT_HEAD_DEPARTMENT;

    @Inject
    DeadlineWatch watch;

    @Inject
    WorkingDays workingDays;

    @Inject
    Clock clock;

    static Map<String, Object> draft(String title, boolean contactRequired) {
        Map<String, Object> d = new HashMap<>();
        d.put("title", title);
        d.put("summary", "为规范农村公路养护管理，现将办法（征求意见稿）全文公布，征求社会各界意见。");
        d.put("body", "第一条 为加强农村公路养护管理……\n第二条 本办法适用于本自治区行政区域内农村公路的养护管理。");
        d.put("opensAt", LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).minusHours(1).withNano(0).toString());
        d.put("closesAt", LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(20).withNano(0).toString());
        d.put("contactRequired", contactRequired);
        return d;
    }

    static JsonPath detail(String user, long id) {
        return given().auth().oauth2(Tokens.of(user)).get("/api/consultations/" + id).then().statusCode(200).extract().jsonPath();
    }

    static long waitingTask(long id) {
        List<Map<String, Object>> tasks = detail(EDITOR, id).getList("review.tasks");
        return tasks.stream().filter(t -> "IN_PROGRESS".equals(t.get("status"))).map(t -> ((Number) t.get("id")).longValue())
                .findFirst().orElseThrow();
    }

    static long published(String title, boolean contactRequired) {
        long id = given().auth().oauth2(Tokens.of(EDITOR)).contentType(ContentType.JSON).body(draft(title, contactRequired))
                .post("/api/consultations").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(Tokens.of(EDITOR)).post("/api/consultations/" + id + "/submission").then().statusCode(200)
                .body("status", equalTo("IN_REVIEW"));
        Flows.approve(HEAD, waitingTask(id)).statusCode(200);
        Flows.approve(DemoUsers.SITE_OFFICE, waitingTask(id)).statusCode(200);
        return id;
    }

    static ValidatableResponse comment(long id, String content, String name, String contact) {
        Map<String, Object> body = new HashMap<>();
        body.put("content", content);
        body.put("name", name);
        body.put("contact", contact);
        body.put("challenge", PublicIntake.solvedChallenge());
        return given().contentType(ContentType.JSON).body(body).post("/api/public/consultations/" + id + "/comments").then();
    }

    static ValidatableResponse post(String user, long id, String action, Object body) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(body)
                .post("/api/consultations/" + id + "/" + action).then();
    }

    static Map<String, Object> feedback(int adopted) {
        return Map.of("adopted", "采纳了关于明确村道养护责任主体的意见。", "notAdopted", "关于取消养护资金配套的意见与上位法不符，未予采纳。",
                "adoptedCount", adopted);
    }

    @Test
    void aConsultationCannotEndWithoutFeedbackAndAnOverdueFeedbackClimbsTheLadder() {
        long id = published("《自治区农村公路养护管理办法（征求意见稿）》公开征求意见", true);
        JsonPath open = given().get("/api/public/consultations/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(open.getString("phase")).isEqualTo("OPEN");
        assertThat(open.getList("comments")).isEmpty();
        assertProblem(post(EDITOR, id, "feedback", feedback(0)), 409);

        assertProblem(comment(id, "建议明确村道养护的责任主体。", null, null), 400)
                .body("errors.field", hasItem("name")).body("errors.field", hasItem("contact"));
        comment(id, "建议明确村道养护的责任主体，避免推诿。", "马建新", "13999001122").statusCode(201);
        comment(id, "建议取消县级养护资金配套要求，另外代开发票联系我。", "匿名", "13999001133").statusCode(201);
        JsonPath staff = detail(EDITOR, id);
        assertThat(staff.getList("comments.status", String.class)).containsExactly("PENDING", "PENDING");
        assertThat(staff.getString("comments[1].screening")).contains("代开发票");
        assertThat(staff.getString("comments[0].contact")).isEqualTo("13999001122");
        given().auth().oauth2(Tokens.of(EDITOR)).contentType(ContentType.JSON).body(Map.of("show", true))
                .post("/api/consultations/comments/" + staff.getLong("comments[0].id") + "/moderation").then().statusCode(200)
                .body("status", equalTo("SHOWN"));
        given().auth().oauth2(Tokens.of(EDITOR)).contentType(ContentType.JSON).body(Map.of("show", false))
                .post("/api/consultations/comments/" + staff.getLong("comments[1].id") + "/moderation").then().statusCode(200);
        JsonPath shown = given().get("/api/public/consultations/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(shown.getList("comments.content", String.class)).containsExactly("建议明确村道养护的责任主体，避免推诿。");
        assertThat(shown.getString("comments[0].name")).isEqualTo("马建新");
        assertThat(shown.prettify()).doesNotContain("13999001122");

        assertProblem(post(EDITOR, id, "closing", Map.of("note", "意见已较充分")), 403);
        post(HEAD, id, "closing", Map.of("note", "意见已较充分")).statusCode(200).body("phase", equalTo("AWAITING_FEEDBACK"));
        assertProblem(comment(id, "截止后才看到，补充一条意见。", "李", "13800001111"), 409);
        LocalDate today = Timestamps.now(clock).toLocalDate();
        LocalDate due = workingDays.add(today, 7).due();
        assertThat(detail(EDITOR, id).getString("feedbackClock.dueOn")).isEqualTo(due.toString());

        watch.watch(due.atTime(9, 0));
        watch.watch(workingDays.add(due, 1).due().atTime(9, 0));
        watch.watch(workingDays.add(due, 2).due().atTime(9, 0));
        JsonPath late = detail(EDITOR, id);
        assertThat(late.getList("feedbackClock.alerts.rung", String.class)).containsExactly("REMINDER", "HANDLER_AND_HEAD", "LEADER");
        assertThat(Flows.notifications(HEAD)).anySatisfy(n -> assertThat((String) n.get("title")).contains("农村公路养护管理办法").contains("已超期"));
        List<String> onDashboard = given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).get("/api/deadlines").then().statusCode(200)
                .extract().jsonPath().getList("rows.title", String.class);
        assertThat(onDashboard).anyMatch(t -> t.contains("农村公路养护管理办法"));

        assertProblem(post(EDITOR, id, "feedback", feedback(3)), 400).body("errors[0].field", equalTo("adoptedCount"));
        assertProblem(post(EDITOR, id, "feedback", Map.of("adopted", "", "notAdopted", "", "adoptedCount", 1)), 400)
                .body("errors.field", hasItem("adopted")).body("errors.field", hasItem("notAdopted"));
        post(EDITOR, id, "feedback", feedback(1)).statusCode(200).body("phase", equalTo("CONCLUDED"))
                .body("feedbackClock.stoppedOn", equalTo(today.toString()));
        JsonPath concluded = given().get("/api/public/consultations/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(concluded.getInt("feedback.comments")).isEqualTo(2);
        assertThat(concluded.getInt("feedback.adoptedCount")).isEqualTo(1);
        assertProblem(post(EDITOR, id, "feedback", feedback(1)), 409);
    }

    @Test
    void closingAndFeedbackClickedAtOnceHappenOnce() throws Exception {
        long id = published("《自治区公路路政管理规定（征求意见稿）》公开征求意见", false);
        List<Integer> closings = Race.statuses(8, () -> post(HEAD, id, "closing", Map.of("note", "意见已较充分")).extract().statusCode());
        assertThat(closings).containsOnlyOnce(200).containsOnly(200, 409);
        List<Integer> feedbacks = Race.statuses(8, () -> post(EDITOR, id, "feedback", feedback(0)).extract().statusCode());
        assertThat(feedbacks).containsOnlyOnce(200).containsOnly(200, 409);
        assertThat(detail(EDITOR, id).getString("phase")).isEqualTo("CONCLUDED");
    }

    @Test
    void badInputAndUnknownConsultationsGetProblems() {
        Map<String, Object> backwards = draft("时间颠倒", false);
        backwards.put("closesAt", LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(3).withNano(0).toString());
        assertProblem(given().auth().oauth2(Tokens.of(EDITOR)).contentType(ContentType.JSON).body(backwards).post("/api/consultations")
                .then(), 400).body("errors[0].field", equalTo("closesAt"));
        long id = published("《道路运输从业人员管理实施细则（征求意见稿）》", false);
        assertProblem(comment(id, "短", null, null), 400).body("errors[0].field", equalTo("content"));
        assertProblem(comment(id, "长".repeat(3001), null, null), 400).body("errors[0].field", equalTo("content"));
        comment(id, "建议细化从业资格证换证的线上办理流程。", null, null).statusCode(201);
        assertProblem(comment(987_654_321L, "对不存在的征求意见提意见。", null, null), 404);
        given().get("/api/public/consultations/987654321").then().statusCode(404);
        assertProblem(given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_AFFILIATED)).get("/api/consultations/" + id).then(), 403);
    }

    @Test
    void theConsultationPageShowsTheDraftAndOnlyShownCommentsWithoutJavaScript() {
        long id = published("农村公路管理办法（征求意见稿，无脚本）", false);
        comment(id, "这条意见还在审核，不应公开。", null, null).statusCode(201);
        String html = given().accept("text/html").get("/consultations/" + id).then().statusCode(200).extract().asString();
        assertThat(html).contains("<h1>农村公路管理办法（征求意见稿，无脚本）</h1>").contains("<h2>征求意见稿</h2>")
                .contains("状态：征求意见中").doesNotContain("这条意见还在审核");
        assertThat(given().get("/consultations").then().statusCode(200).extract().asString())
                .contains("href=\"/consultations/" + id + "\"");
    }
}
