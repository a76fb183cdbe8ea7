package cn.tianshan.disclosure;

import static cn.tianshan.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.tianshan.calendar.WorkingDays;
import cn.tianshan.testing.DemoUsers;
import cn.tianshan.testing.PublicIntake;
import cn.tianshan.testing.Race;
import cn.tianshan.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Disclosure on request through the API: correction, registration, third party, extension, reply, delivery. */
@QuarkusTest
class DisclosureRequestsTest {

    @Inject
    WorkingDays workingDays;

    static Map<String, Object> application(String description) {
        return PublicIntake.disclosureApplication(description);
    }

    static JsonPath detail(String user, long id) {
        return given().auth().oauth2(Tokens.of(user)).get("/api/disclosure-requests/" + id).then().statusCode(200).extract().jsonPath();
    }

    static ValidatableResponse post(String user, long id, String action, Object body) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(body)
                .post("/api/disclosure-requests/" + id + "/" + action).then();
    }

    static Map<String, Object> apply(String description) {
        String code = given().contentType(ContentType.JSON).body(application(description)).post("/api/public/disclosure-requests")
                .then().statusCode(201).extract().jsonPath().getString("trackingCode");
        long id = given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).get("/api/disclosure-requests?size=100").then()
                .statusCode(200).extract().jsonPath().getLong("requests.find { it.trackingCode == '" + code + "' }.id");
        return Map.of("id", id, "code", code);
    }

    @Test
    void aRequestIsCorrectedRegisteredConsultedExtendedRepliedAndArchived() {
        Map<String, Object> applied = apply("申请公开 2025 年度 G216 线公路改建工程的竣工验收报告及审计结论");
        long id = ((Number) applied.get("id")).longValue();
        String code = (String) applied.get("code");
        JsonPath received = detail(DemoUsers.SITE_OFFICE, id);
        LocalDate receivedOn = LocalDate.parse(received.getString("receivedAt").substring(0, 10));
        assertThat(received.getList("clocks.purpose", String.class)).containsExactly("correction", "reply");
        assertThat(received.getString("clocks[0].dueOn")).isEqualTo(workingDays.add(receivedOn, 7).due().toString());
        assertThat(received.getString("clocks[1].dueOn")).isEqualTo(workingDays.add(receivedOn, 20).due().toString());
        assertThat(received.getString("applicant.idNumber")).isEqualTo("650102198001011234");

        post(DemoUsers.SITE_OFFICE, id, "correction-requests", Map.of("note", "请说明所需报告的具体标段")).statusCode(200)
                .body("status", equalTo("AWAITING_CORRECTION"));
        given().contentType(ContentType.JSON).body(Map.of("trackingCode", code, "password", "apply-pass-1", "text", "第三标段"))
                .post("/api/public/disclosure-requests/supplement").then().statusCode(200).body("status", equalTo("SUBMITTED"));
        JsonPath supplemented = detail(DemoUsers.SITE_OFFICE, id);
        assertThat(supplemented.getString("clocks[1].startsOn")).isEqualTo(receivedOn.toString());
        assertProblem(post(DemoUsers.SITE_OFFICE, id, "correction-requests", Map.of("note", "再次补正")), 409)
                .body("detail", containsString("一次"));

        post(DemoUsers.SITE_OFFICE, id, "registration", Map.of("unitCode", "GLFZZX", "note", "请公路事业发展中心提出意见")).statusCode(200)
                .body("status", equalTo("HANDLING")).body("unitName", equalTo("公路事业发展中心"));
        assertThat(detail(DemoUsers.UNIT_HEAD_AFFILIATED, id).getList("allowed", String.class)).containsExactly("opinion");
        post(DemoUsers.UNIT_HEAD_AFFILIATED, id, "opinion", Map.of("note", "报告涉及施工单位商业信息，建议征求其意见")).statusCode(200);
        given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_DEPARTMENT)).get("/api/disclosure-requests/" + id).then().statusCode(403);

        post(DemoUsers.SITE_OFFICE, id, "third-party-consultation", Map.of("note", "征求施工单位新疆某路桥公司意见")).statusCode(200)
                .body("status", equalTo("THIRD_PARTY")).body("clocks[1].state", equalTo("PAUSED"));
        post(DemoUsers.SITE_OFFICE, id, "third-party-opinion", Map.of("note", "第三方同意公开，但须隐去报价")).statusCode(200)
                .body("status", equalTo("HANDLING"));

        assertProblem(post(DemoUsers.SITE_OFFICE, id, "extension-requests", Map.of("days", 21, "reason", "需调档")), 400)
                .body("errors.field", hasItem("days"));
        post(DemoUsers.SITE_OFFICE, id, "extension-requests", Map.of("days", 20, "reason", "需调取档案")).statusCode(200);
        assertProblem(post(DemoUsers.SITE_OFFICE, id, "extension-decision", Map.of("approve", true)), 403);
        LocalDate dueBefore = LocalDate.parse(detail(DemoUsers.LEADER, id).getString("clocks[1].dueOn"));
        post(DemoUsers.LEADER, id, "extension-decision", Map.of("approve", true, "opinion", "同意")).statusCode(200)
                .body("clocks[1].dueOn", equalTo(workingDays.add(dueBefore, 20).due().toString()))
                .body("applicant.idNumber", org.hamcrest.Matchers.nullValue());
        assertProblem(post(DemoUsers.SITE_OFFICE, id, "extension-requests", Map.of("days", 5, "reason", "再延")), 409)
                .body("detail", containsString("一次"));

        assertProblem(post(DemoUsers.SITE_OFFICE, id, "reply", Map.of("replyType", "PARTIALLY_DISCLOSED", "text", "部分公开")), 400)
                .body("errors.field", hasItem("legalGround"));
        post(DemoUsers.SITE_OFFICE, id, "reply", Map.of("replyType", "PARTIALLY_DISCLOSED",
                "legalGround", "《中华人民共和国政府信息公开条例》第十五条、第三十七条", "text", "验收报告予以公开，施工单位报价部分不予公开。"))
                .statusCode(200).body("status", equalTo("REPLIED")).body("clocks[1].state", equalTo("DONE"));
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes();
        cn.tianshan.testing.Uploads.Answer document = cn.tianshan.testing.Uploads.upload(DemoUsers.SITE_OFFICE,
                "/api/disclosure-requests/" + id + "/reply-document", "答复书.pdf", pdf, "application/pdf");
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.body().getString("replyDocumentName")).isEqualTo("答复书.pdf");
        given().contentType(ContentType.JSON).body(Map.of("trackingCode", code, "password", "apply-pass-1"))
                .post("/api/public/disclosure-requests/lookup").then().statusCode(200).body("replyTypeLabel", equalTo("部分公开"))
                .body("hasReplyDocument", equalTo(true));
        assertProblem(post(DemoUsers.SITE_OFFICE, id, "delivery", Map.of("record", "电子邮件送达", "deliveredOn", "2020-01-01")), 400)
                .body("errors.field", hasItem("deliveredOn"));
        post(DemoUsers.SITE_OFFICE, id, "delivery", Map.of("record", "已通过电子邮件送达 li.jianguo@example.com",
                "deliveredOn", detail(DemoUsers.SITE_OFFICE, id).getString("repliedAt").substring(0, 10))).statusCode(200)
                .body("status", equalTo("ARCHIVED"));
        JsonPath archived = detail(DemoUsers.SITE_OFFICE, id);
        assertThat(archived.getList("steps.event", String.class)).containsSubsequence("received", "correction-requested", "supplemented",
                "registered", "opinion", "third-party", "third-party-done", "extension-requested", "extension-approved", "replied",
                "reply-document", "archived");
        given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).get("/api/disclosure-requests/statistics").then().statusCode(200)
                .body("byType.find { it.type == 'PARTIALLY_DISCLOSED' }.count", org.hamcrest.Matchers.greaterThan(0));
    }

    private static long registered(String description) {
        long id = ((Number) apply(description).get("id")).longValue();
        post(DemoUsers.SITE_OFFICE, id, "registration", Map.of("unitCode", "GLFZZX", "note", "请公路事业发展中心办理")).statusCode(200);
        return id;
    }

    private static long occurrences(long id, String event) {
        return detail(DemoUsers.SITE_OFFICE, id).getList("steps.event", String.class).stream().filter(event::equals).count();
    }

    @Test
    void eightRepliesToOneRequestAtOnceAreOneReply() throws Exception {
        long id = registered("申请公开 2025 年度国省干线养护资金分配方案");
        Map<String, Object> reply = Map.of("replyType", "PARTIALLY_DISCLOSED",
                "legalGround", "《中华人民共和国政府信息公开条例》第十五条", "text", "分配方案予以公开，涉及个人信息部分不予公开。");
        List<Integer> statuses = Race.statuses(8, () -> given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE))
                .contentType(ContentType.JSON).body(reply).post("/api/disclosure-requests/" + id + "/reply").statusCode());
        assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 409);
        assertThat(occurrences(id, "replied")).isEqualTo(1);
    }

    @Test
    void anExtensionApprovedAndRefusedAtOnceIsDecidedOnce() throws Exception {
        long id = registered("申请公开 G30 线收费站改造工程的环评批复");
        post(DemoUsers.SITE_OFFICE, id, "extension-requests", Map.of("days", 20, "reason", "需调取档案")).statusCode(200);
        AtomicInteger click = new AtomicInteger();
        List<Integer> statuses = Race.statuses(8, () -> given().auth().oauth2(Tokens.of(DemoUsers.LEADER))
                .contentType(ContentType.JSON).body(Map.of("approve", click.getAndIncrement() % 2 == 0, "opinion", "已阅"))
                .post("/api/disclosure-requests/" + id + "/extension-decision").statusCode());
        assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 409);
        assertThat(occurrences(id, "extension-approved") + occurrences(id, "extension-refused")).isEqualTo(1);
    }

    @Test
    void badApplicationsAreRefusedNamingTheField() {
        Map<String, Object> a = application("太短");
        a.put("phone", "abc");
        a.put("postalCode", "12");
        a.remove("deliveryForm");
        assertProblem(given().contentType(ContentType.JSON).body(a).post("/api/public/disclosure-requests").then(), 400)
                .body("errors.field", hasItem("description")).body("errors.field", hasItem("phone"))
                .body("errors.field", hasItem("postalCode")).body("errors.field", hasItem("deliveryForm"));
        Map<String, Object> bad = application("申请公开某项目的环评报告全文及批复文件");
        bad.put("deliveryMethod", "PIGEON");
        assertProblem(given().contentType(ContentType.JSON).body(bad).post("/api/public/disclosure-requests").then(), 400)
                .body("errors.field", hasItem("deliveryMethod"));
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("trackingCode", "GK2222222222", "password", "nope-nope"))
                .post("/api/public/disclosure-requests/lookup").then(), 400).body("errors.field", hasItem("trackingCode"));
    }
}
