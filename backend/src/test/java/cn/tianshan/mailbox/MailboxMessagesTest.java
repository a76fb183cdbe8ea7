package cn.tianshan.mailbox;

import static cn.tianshan.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import cn.tianshan.calendar.WorkingDays;
import cn.tianshan.testing.DemoUsers;
import cn.tianshan.testing.Flows;
import cn.tianshan.testing.PublicIntake;
import cn.tianshan.testing.Race;
import cn.tianshan.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The leader mailbox through the API: a citizen's letter, dispatch, reply, approval, rating, masked publication. */
@QuarkusTest
class MailboxMessagesTest {

    @Inject
    WorkingDays workingDays;

    static JsonPath detail(String user, long id) {
        return given().auth().oauth2(Tokens.of(user)).get("/api/mailbox-messages/" + id).then().statusCode(200).extract().jsonPath();
    }

    static io.restassured.response.ValidatableResponse post(String user, long id, String action, Object body) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(body)
                .post("/api/mailbox-messages/" + id + "/" + action).then();
    }

    static long dispatched(String subject) {
        long id = ((Number) PublicIntake.write(subject).get("id")).longValue();
        post(DemoUsers.TECH_OPS, id, "dispatch", Map.of("unitCode", "AQJDC", "note", "请安全监督处办理")).statusCode(200)
                .body("status", equalTo("DISPATCHED"));
        return id;
    }

    static void approveReply(long id) {
        long task = Flows.inbox(DemoUsers.MAILBOX_HEAD).stream()
                .filter(d -> "mailbox-reply".equals(d.get("subjectType")) && ((Number) d.get("subjectId")).longValue() == id)
                .map(d -> ((Number) d.get("taskId")).longValue()).findFirst().orElseThrow(() -> new AssertionError("no approval waiting"));
        Flows.approve(DemoUsers.MAILBOX_HEAD, task).statusCode(200);
    }

    @Test
    void aLetterGoesFromTheCitizenThroughDispatchReplyAndApprovalBackToTheCitizen() {
        Map<String, Object> written = PublicIntake.write("道路积水无人处理");
        long id = ((Number) written.get("id")).longValue();
        String code = (String) written.get("code");

        JsonPath received = detail(DemoUsers.TECH_OPS, id);
        assertThat(received.getString("status")).isEqualTo("RECEIVED");
        assertThat(received.getString("writer.phone")).isEqualTo("13912345678");
        LocalDate receivedOn = LocalDate.parse(received.getString("receivedAt").substring(0, 10));
        assertThat(received.getString("clock.dueOn")).isEqualTo(workingDays.add(receivedOn, 5).due().toString());
        assertThat(received.getList("allowed", String.class)).containsExactly("dispatch");
        assertThat(Flows.inbox(DemoUsers.TECH_OPS)).anySatisfy(d -> assertThat(d.get("subjectId")).isEqualTo((int) id));
        // a leader reads the letter, but not who wrote it
        assertThat(detail(DemoUsers.OTHER_LEADER, id).getMap("writer")).isNull();
        // the unit that does not handle it may not read it
        given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_DEPARTMENT)).get("/api/mailbox-messages/" + id).then().statusCode(403);

        assertProblem(post(DemoUsers.MAILBOX_HANDLER, id, "dispatch", Map.of("unitCode", "AQJDC")), 403);
        assertProblem(post(DemoUsers.TECH_OPS, id, "dispatch", Map.of("unitCode", "ZCFGC")), 400)
                .body("errors.field", hasItem("unitCode")).body("detail", containsString("信箱承办人"));
        post(DemoUsers.TECH_OPS, id, "dispatch", Map.of("unitCode", "AQJDC")).statusCode(200).body("status", equalTo("DISPATCHED"))
                .body("unitName", equalTo("安全监督处"));
        assertProblem(post(DemoUsers.TECH_OPS, id, "dispatch", Map.of("unitCode", "AQJDC")), 409);

        PublicIntake.lookup(code, "query-pass-1").statusCode(200).body("status", equalTo("DISPATCHED"))
                .body("unitName", equalTo("安全监督处")).body("reply", nullValue());

        post(DemoUsers.MAILBOX_HANDLER, id, "reply-submissions", Map.of("text", "您好，我处已安排养护单位于本周内完成积水路段维修。"))
                .statusCode(200).body("status", equalTo("IN_APPROVAL"));
        // the head returns it once: it goes back to the handler with the reason
        long task = Flows.inbox(DemoUsers.MAILBOX_HEAD).stream()
                .filter(d -> "mailbox-reply".equals(d.get("subjectType")) && ((Number) d.get("subjectId")).longValue() == id)
                .map(d -> ((Number) d.get("taskId")).longValue()).findFirst().orElseThrow();
        Flows.reject(DemoUsers.MAILBOX_HEAD, task, "请写明具体完成时间").statusCode(200);
        assertThat(detail(DemoUsers.MAILBOX_HANDLER, id).getString("status")).isEqualTo("DISPATCHED");
        post(DemoUsers.MAILBOX_HANDLER, id, "reply-submissions", Map.of("text", "您好，我处已安排养护单位于12月10日前完成积水路段维修。"))
                .statusCode(200);
        approveReply(id);

        JsonPath answered = detail(DemoUsers.MAILBOX_HANDLER, id);
        assertThat(answered.getString("status")).isEqualTo("ANSWERED");
        assertThat(answered.getString("clock.state")).isEqualTo("DONE");
        PublicIntake.lookup(code.toLowerCase(), "query-pass-1").statusCode(200).body("status", equalTo("ANSWERED"))
                .body("reply", containsString("12月10日前")).body("mayRate", equalTo(true));
        given().contentType(ContentType.JSON).body(Map.of("trackingCode", code, "password", "query-pass-1", "rating", "SATISFIED"))
                .post("/api/public/mailbox-messages/rating").then().statusCode(200).body("status", equalTo("CLOSED"));
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("trackingCode", code, "password", "query-pass-1",
                "rating", "UNSATISFIED")).post("/api/public/mailbox-messages/rating").then(), 409);

        // publication: the server refuses text that still carries personal data, accepts the masked draft
        JsonPath closed = detail(DemoUsers.MAILBOX_HANDLER, id);
        assertProblem(post(DemoUsers.MAILBOX_HANDLER, id, "publication", Map.of("subject", closed.getString("subject"),
                "content", closed.getString("content"), "reply", closed.getString("reply"), "reviewed", true)), 422)
                .body("errors.field", hasItem("content")).body("errors.message", hasItem(containsString("13912345678")));
        String maskedContent = closed.getString("publicationDraft.content");
        assertThat(maskedContent).doesNotContain("13912345678").doesNotContain("王小明").doesNotContain("新A·12345").contains("139****5678");
        post(DemoUsers.MAILBOX_HANDLER, id, "publication", Map.of("subject", closed.getString("publicationDraft.subject"),
                "content", maskedContent, "reply", closed.getString("publicationDraft.reply"), "reviewed", true)).statusCode(200)
                .body("published", equalTo(true));
        given().get("/api/public/mailbox-messages?size=50").then().statusCode(200)
                .body("letters.find { it.id == " + id + " }.content", equalTo(maskedContent))
                .body("letters.find { it.id == " + id + " }.unitName", equalTo("安全监督处"))
                .body(org.hamcrest.Matchers.not(containsString("13912345678")));
        given().get("/api/public/mailbox-messages/statistics").then().statusCode(200).body("received", org.hamcrest.Matchers.greaterThan(0));
    }

    @Test
    void aWrongCodeAndAWrongPasswordGetTheSameAnswerAndRepeatedFailuresLockTheCode() {
        String code = (String) PublicIntake.write("查询保护").get("code");
        String wrongPassword = PublicIntake.lookup(code, "not-the-password").statusCode(400).extract().asString();
        String wrongCode = PublicIntake.lookup("XX2222222222", "query-pass-1").statusCode(400).extract().asString();
        assertThat(strip(wrongPassword)).isEqualTo(strip(wrongCode));
        for (int i = 0; i < 4; i++) {
            PublicIntake.lookup(code, "still-wrong").statusCode(400);
        }
        assertProblem(PublicIntake.lookup(code, "query-pass-1"), 429).header("Retry-After", notNullValue())
                .body("errors.field", hasItem("trackingCode"));
    }

    private static String strip(String problem) {
        return problem.replaceAll("\"requestId\":\"[^\"]*\"", "").replaceAll("\"instance\":\"[^\"]*\"", "");
    }

    @Test
    void badInputGetsAProblemNamingTheField() {
        Map<String, Object> letter = PublicIntake.letter("缺字段");
        letter.remove("subject");
        letter.put("phone", "12345");
        assertProblem(PublicIntake.send(letter), 400).body("errors.field", hasItem("subject")).body("errors.field", hasItem("phone"));

        Map<String, Object> longOne = PublicIntake.letter("超长");
        longOne.put("content", "长".repeat(5001));
        assertProblem(PublicIntake.send(longOne), 400).body("errors.field", hasItem("content"));

        Map<String, Object> noChallenge = PublicIntake.letter("无验证");
        noChallenge.remove("challenge");
        assertProblem(PublicIntake.send(noChallenge), 400).body("errors.field", hasItem("challenge"));

        Map<String, Object> forged = PublicIntake.letter("伪造验证");
        @SuppressWarnings("unchecked")
        Map<String, Object> challenge = new HashMap<>((Map<String, Object>) forged.get("challenge"));
        challenge.put("difficulty", 0);
        forged.put("challenge", challenge);
        assertProblem(PublicIntake.send(forged), 400).body("errors.field", hasItem("challenge"));

        Map<String, Object> once = PublicIntake.letter("验证只用一次");
        PublicIntake.send(once).statusCode(201);
        Map<String, Object> again = PublicIntake.letter("验证只用一次（重放）");
        again.put("challenge", once.get("challenge"));
        assertProblem(PublicIntake.send(again), 400).body("errors.field", hasItem("challenge")).body("detail", containsString("用过"));

        // an executable named .pdf is refused by its content
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertProblem(given().multiPart("file", "证据.pdf", exe, "application/pdf").post("/api/public/uploads").then(), 400)
                .body("errors.field", hasItem("file"));
        Map<String, Object> badToken = PublicIntake.letter("附件凭据无效");
        badToken.put("attachmentToken", "0123456789abcdef0123456789abcdef");
        assertProblem(PublicIntake.send(badToken), 400).body("errors.field", hasItem("attachmentToken"));
    }

    @Test
    void aLetterWithItsAttachmentReachesTheHandlerOnly() {
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        cn.tianshan.testing.Uploads.Answer upload = cn.tianshan.testing.Uploads.upload(null, "/api/public/uploads", "现场照片.png", png, "image/png");
        assertThat(upload.status()).isEqualTo(200);
        String token = upload.body().getString("token");
        Map<String, Object> letter = PublicIntake.letter("附带现场照片");
        letter.put("attachmentToken", token);
        String code = PublicIntake.send(letter).statusCode(201).extract().jsonPath().getString("trackingCode");
        long id = given().auth().oauth2(Tokens.of(DemoUsers.TECH_OPS)).get("/api/mailbox-messages?size=100").then()
                .extract().jsonPath().getLong("letters.find { it.trackingCode == '" + code + "' }.id");
        assertThat(detail(DemoUsers.TECH_OPS, id).getString("attachmentName")).isEqualTo("现场照片.png");
        given().auth().oauth2(Tokens.of(DemoUsers.TECH_OPS)).get("/api/mailbox-messages/" + id + "/attachment").then().statusCode(200);
        given().auth().oauth2(Tokens.of(DemoUsers.OTHER_LEADER)).get("/api/mailbox-messages/" + id + "/attachment").then().statusCode(403);
        // a token is claimed once
        Map<String, Object> second = PublicIntake.letter("再次使用同一附件");
        second.put("attachmentToken", token);
        assertProblem(PublicIntake.send(second), 400).body("errors.field", hasItem("attachmentToken"));
    }

    @Test
    void suspiciousAndNearDuplicateLettersGoToAPersonNotAway() {
        Map<String, Object> spam = PublicIntake.letter("代开发票");
        spam.put("content", "长期代开发票，联系我。" + System.nanoTime());
        String code = PublicIntake.send(spam).statusCode(201).extract().jsonPath().getString("trackingCode");
        PublicIntake.lookup(code, "query-pass-1").statusCode(200).body("status", equalTo("SCREENING"));

        String text = "乌鲁木齐至昌吉的高速公路收费站排队时间过长，每天早高峰要排四十分钟以上，希望增加人工收费通道并延长开放时间，方便群众出行。";
        Map<String, Object> first = PublicIntake.letter("收费站排队");
        first.put("content", text);
        PublicIntake.send(first).statusCode(201);
        Map<String, Object> resent = PublicIntake.letter("收费站排队太久");
        resent.put("content", text.replace("四十分钟", "半小时"));
        String resentCode = PublicIntake.send(resent).statusCode(201).extract().jsonPath().getString("trackingCode");
        PublicIntake.lookup(resentCode, "query-pass-1").statusCode(200).body("status", equalTo("SCREENING"));
        long id = given().auth().oauth2(Tokens.of(DemoUsers.TECH_OPS)).get("/api/mailbox-messages?status=SCREENING&size=100").then()
                .extract().jsonPath().getLong("letters.find { it.trackingCode == '" + resentCode + "' }.id");
        assertThat(detail(DemoUsers.TECH_OPS, id).getString("screeningReasons")).contains("高度相似");
        post(DemoUsers.TECH_OPS, id, "screening", Map.of("accept", true)).statusCode(200).body("status", equalTo("RECEIVED"));
    }

    @Test
    void anExtensionAllowsAtMostTenWorkingDaysAndAClarificationPausesTheClock() {
        long id = dispatched("延期与暂停");
        JsonPath before = detail(DemoUsers.MAILBOX_HANDLER, id);
        LocalDate receivedOn = LocalDate.parse(before.getString("receivedAt").substring(0, 10));
        assertProblem(post(DemoUsers.MAILBOX_HANDLER, id, "extension-requests", Map.of("days", 6, "reason", "涉及多个部门")), 400)
                .body("errors.field", hasItem("days"));
        post(DemoUsers.MAILBOX_HANDLER, id, "extension-requests", Map.of("days", 3, "reason", "需现场核查")).statusCode(200);
        assertProblem(post(DemoUsers.MAILBOX_HANDLER, id, "extension-requests", Map.of("days", 1, "reason", "再次")), 409);
        assertProblem(post(DemoUsers.MAILBOX_HANDLER, id, "extension-decision", Map.of("approve", true)), 403);
        post(DemoUsers.SITE_OFFICE, id, "extension-decision", Map.of("approve", true, "opinion", "同意")).statusCode(200)
                .body("clock.extensionDays", equalTo(3))
                .body("clock.dueOn", equalTo(workingDays.add(receivedOn, 8).due().toString()));
        assertProblem(post(DemoUsers.MAILBOX_HANDLER, id, "extension-requests", Map.of("days", 3, "reason", "仍需核查")), 400)
                .body("detail", containsString("10 个工作日"));
        post(DemoUsers.MAILBOX_HANDLER, id, "extension-requests", Map.of("days", 2, "reason", "仍需核查")).statusCode(200);
        post(DemoUsers.SITE_OFFICE, id, "extension-decision", Map.of("approve", true)).statusCode(200)
                .body("clock.dueOn", equalTo(workingDays.add(receivedOn, 10).due().toString()));

        post(DemoUsers.MAILBOX_HANDLER, id, "clarification-requests", Map.of("request", "请说明具体路段和桩号")).statusCode(200)
                .body("status", equalTo("AWAITING_WRITER")).body("clock.state", equalTo("PAUSED"));
        String code = detail(DemoUsers.MAILBOX_HANDLER, id).getString("trackingCode");
        PublicIntake.lookup(code, "query-pass-1").statusCode(200).body("mayClarify", equalTo(true))
                .body("clarificationRequest", containsString("桩号"));
        given().contentType(ContentType.JSON).body(Map.of("trackingCode", code, "password", "query-pass-1", "text", "G30 线 K3500 处"))
                .post("/api/public/mailbox-messages/clarification").then().statusCode(200).body("status", equalTo("DISPATCHED"));
        JsonPath after = detail(DemoUsers.MAILBOX_HANDLER, id);
        assertThat(after.getString("clock.state")).isNotEqualTo("PAUSED");
        assertThat(after.getList("clock.pauses")).hasSize(1);
        assertThat(after.getList("steps.note", String.class)).anySatisfy(n -> assertThat(n).contains("K3500"));
    }

    @Test
    void anUnsatisfiedWriterReopensTheLetterForTheSiteOffice() {
        long id = dispatched("不满意复核");
        post(DemoUsers.MAILBOX_HANDLER, id, "reply-submissions", Map.of("text", "已转交属地处理。")).statusCode(200);
        approveReply(id);
        String code = detail(DemoUsers.MAILBOX_HANDLER, id).getString("trackingCode");
        given().contentType(ContentType.JSON).body(Map.of("trackingCode", code, "password", "query-pass-1", "rating", "UNSATISFIED",
                "comment", "没有解决问题")).post("/api/public/mailbox-messages/rating").then().statusCode(200)
                .body("status", equalTo("REOPENED"));
        assertThat(Flows.inbox(DemoUsers.SITE_OFFICE)).anySatisfy(d -> assertThat(d.get("subjectId")).isEqualTo((int) id));
        assertProblem(post(DemoUsers.TECH_OPS, id, "reopened-decision", Map.of("redo", true, "reason", "重办")), 403);
        post(DemoUsers.SITE_OFFICE, id, "reopened-decision", Map.of("redo", true, "reason", "请承办单位实地核查后重新答复"))
                .statusCode(200).body("status", equalTo("DISPATCHED")).body("clock.state", org.hamcrest.Matchers.not("DONE"));
    }

    @Test
    void aDoubleClickDispatchesOnce() throws Exception {
        long id = ((Number) PublicIntake.write("重复点击转办").get("id")).longValue();
        List<Integer> statuses = Race.statuses(8, () -> post(DemoUsers.TECH_OPS, id, "dispatch", Map.of("unitCode", "AQJDC"))
                .extract().statusCode());
        assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 409);
        assertThat(detail(DemoUsers.TECH_OPS, id).getList("steps.event", String.class).stream().filter("dispatched"::equals)).hasSize(1);
    }

    @Test
    void aReplySubmittedEightTimesAtOnceGoesForApprovalOnce() throws Exception {
        long id = dispatched("重复提交答复");
        List<Integer> statuses = Race.statuses(8, () -> post(DemoUsers.MAILBOX_HANDLER, id, "reply-submissions",
                Map.of("text", "您好，我处已安排核查，将于一周内答复处理结果。")).extract().statusCode());
        assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 409);
        assertThat(Flows.inbox(DemoUsers.MAILBOX_HEAD)).filteredOn(d -> "mailbox-reply".equals(d.get("subjectType"))
                && ((Number) d.get("subjectId")).longValue() == id).hasSize(1);
    }

    @Test
    void anExtensionApprovedAndRefusedAtOnceIsDecidedOnce() throws Exception {
        long id = dispatched("延期同时审批");
        post(DemoUsers.MAILBOX_HANDLER, id, "extension-requests", Map.of("days", 3, "reason", "需现场核查")).statusCode(200);
        AtomicInteger click = new AtomicInteger();
        List<Integer> statuses = Race.statuses(8, () -> post(DemoUsers.SITE_OFFICE, id, "extension-decision",
                Map.of("approve", click.getAndIncrement() % 2 == 0, "opinion", "已阅")).extract().statusCode());
        assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 409);
        int extension = detail(DemoUsers.MAILBOX_HANDLER, id).getInt("clock.extensionDays");
        assertThat(extension).isIn(0, 3);
    }

    @Test
    void aWriterRatingTwiceAtOnceIsRatedOnce() throws Exception {
        long id = dispatched("重复评价");
        post(DemoUsers.MAILBOX_HANDLER, id, "reply-submissions", Map.of("text", "已安排养护单位处理。")).statusCode(200);
        approveReply(id);
        String code = detail(DemoUsers.MAILBOX_HANDLER, id).getString("trackingCode");
        AtomicInteger click = new AtomicInteger();
        List<Integer> statuses = Race.statuses(6, () -> given().contentType(ContentType.JSON)
                .body(Map.of("trackingCode", code, "password", "query-pass-1",
                        "rating", click.getAndIncrement() % 2 == 0 ? "SATISFIED" : "UNSATISFIED", "comment", "评价"))
                .post("/api/public/mailbox-messages/rating").statusCode());
        assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 409);
        assertThat(detail(DemoUsers.MAILBOX_HANDLER, id).getString("status")).isIn("CLOSED", "REOPENED");
    }
}
