package cn.tianshan.review;

import static cn.tianshan.testing.Flows.POLICY_COLUMN;
import static cn.tianshan.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.tianshan.testing.DemoUsers;
import cn.tianshan.testing.Flows;
import cn.tianshan.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The review chain (三审三校 + 保密审查) with real people from the test realm. */
@QuarkusTest
class ReviewChainTest {

    private static final String READER = DemoUsers.SITE_OFFICE;

    private static long submittedPolicy(String title) {
        long article = Flows.create(DemoUsers.EDITOR_AFFILIATED, Flows.article("POLICY", title, POLICY_COLUMN));
        Flows.submit(DemoUsers.EDITOR_AFFILIATED, article);
        return article;
    }

    private static List<Map<String, Object>> tasks(long article) {
        return Flows.get(READER, article).getList("activeRun.tasks");
    }

    @Test
    void anAffiliatedUnitsItemPassesEveryStepOfAnnex3AndIsPublished() {
        long article = submittedPolicy("厅属单位报送的政策文件");
        assertThat(tasks(article)).extracting(t -> t.get("assignee")).containsExactly("公路事业发展中心 单位负责人");
        Flows.approveWaiting(DemoUsers.UNIT_HEAD_AFFILIATED, READER, article);
        assertThat(tasks(article).get(1).get("assignee")).isEqualTo("政策法规处 厅相关处室负责人");
        Flows.approveWaiting(DemoUsers.DEPT_REVIEWER, READER, article);
        assertThat(tasks(article).get(2).get("assignee").toString()).startsWith("chen.jun");
        Flows.approveWaiting(DemoUsers.LEADER, READER, article);
        Flows.agreeConfidentiality(article);
        Flows.approveWaiting(DemoUsers.SITE_OFFICE, READER, article);
        JsonPath detail = Flows.get(DemoUsers.EDITOR_AFFILIATED, article);
        assertThat(detail.getString("publicStatus")).isEqualTo("PUBLISHED");
        assertThat(detail.getString("indexNumber")).matches("11650000MB0000000X/\\d{4}-\\d{5}");
        List<Map<String, Object>> run = given().auth().oauth2(Tokens.of(READER)).get("/api/articles/" + article + "/reviews")
                .then().statusCode(200).extract().jsonPath().getList("[0].tasks");
        assertThat(run).extracting(t -> t.get("actorName")).containsExactly("王强", "刘洋", "陈军", "孙丽");
        assertThat(run).allSatisfy(t -> {
            assertThat(t.get("proofread")).isEqualTo(true);
            assertThat((String) t.get("revisionHash")).hasSize(64);
            assertThat(t.get("decidedAt")).isNotNull();
        });
    }

    @Test
    void aDepartmentsOwnItemSkipsTheRelatedDepartmentStep() {
        long article = Flows.create(DemoUsers.EDITOR_DEPARTMENT, Flows.article("POLICY", "处室自己的政策文件", POLICY_COLUMN));
        Flows.submit(DemoUsers.EDITOR_DEPARTMENT, article);
        Flows.approveWaiting(DemoUsers.UNIT_HEAD_DEPARTMENT, READER, article);
        assertThat(tasks(article)).extracting(t -> t.get("status")).containsExactly("APPROVED", "SKIPPED", "IN_PROGRESS");
    }

    @Test
    void theSiteOfficeCannotApproveBeforeTheConfidentialityReviewAgrees() {
        long article = submittedPolicy("未经保密审查的文件");
        Flows.approveWaiting(DemoUsers.UNIT_HEAD_AFFILIATED, READER, article);
        Flows.approveWaiting(DemoUsers.DEPT_REVIEWER, READER, article);
        Flows.approveWaiting(DemoUsers.LEADER, READER, article);
        long step4 = Flows.waitingTask(READER, article);
        List<Map<String, Object>> actions = given().auth().oauth2(Tokens.of(READER)).get("/api/articles/" + article).then()
                .extract().jsonPath().getList("reviewActions");
        assertThat(actions).anySatisfy(a -> {
            assertThat(a.get("name")).isEqualTo("approve");
            assertThat(a.get("enabled")).isEqualTo(false);
            assertThat(a.get("reason").toString()).contains("先审查、后公开");
        });
        assertProblem(Flows.approve(READER, step4), 409);
        given().auth().oauth2(Tokens.of(DemoUsers.SECRECY_REVIEWER)).contentType(ContentType.JSON)
                .body(Map.of("opinion", "AGREE")).post("/api/confidentiality/articles/" + article + "/staff-opinion").then().statusCode(200);
        given().auth().oauth2(Tokens.of(DemoUsers.LEADER)).contentType(ContentType.JSON)
                .body(Map.of("opinion", "DISAGREE", "note", "涉及未公开数据")).post("/api/confidentiality/articles/" + article + "/leader-opinion")
                .then().statusCode(200).body("agreed", equalTo(false));
        assertProblem(Flows.approve(READER, step4), 409).body("detail", containsString("not agree/agree"));
    }

    @Test
    void aRejectionNeedsAReasonAndReturnsTheItemToItsAuthor() {
        long article = submittedPolicy("需要退回的文件");
        long task = Flows.waitingTask(READER, article);
        assertProblem(given().auth().oauth2(Tokens.of(DemoUsers.UNIT_HEAD_AFFILIATED)).contentType(ContentType.JSON)
                .body(Map.of("reason", " ")).post("/api/reviews/tasks/" + task + "/rejection").then(), 400)
                .body("errors.field", hasItem("reason"));
        given().auth().oauth2(Tokens.of(DemoUsers.UNIT_HEAD_AFFILIATED)).contentType(ContentType.JSON)
                .body(Map.of("reason", "标题不规范，请修改")).post("/api/reviews/tasks/" + task + "/rejection").then().statusCode(200)
                .body("status", equalTo("NEEDS_CHANGES"));
        JsonPath detail = Flows.get(DemoUsers.EDITOR_AFFILIATED, article);
        assertThat(detail.getString("editorialStatus")).isEqualTo("NEEDS_CHANGES");
        assertThat(detail.getList("allowed", String.class)).contains("edit", "submit");
        given().auth().oauth2(Tokens.of(READER)).get("/api/articles/" + article + "/reviews").then()
                .body("[0].tasks[0].opinion", equalTo("标题不规范，请修改"));
    }

    @Test
    void aResubmissionRestartsFromTheFirstStep() {
        long article = submittedPolicy("退回后重新报送");
        Flows.approveWaiting(DemoUsers.UNIT_HEAD_AFFILIATED, READER, article);
        long step2 = Flows.waitingTask(READER, article);
        given().auth().oauth2(Tokens.of(DemoUsers.DEPT_REVIEWER)).contentType(ContentType.JSON)
                .body(Map.of("reason", "请补充依据")).post("/api/reviews/tasks/" + step2 + "/rejection").then().statusCode(200);
        Flows.submit(DemoUsers.EDITOR_AFFILIATED, article);
        assertThat(tasks(article)).extracting(t -> t.get("status")).containsExactly("IN_PROGRESS");
        assertThat(given().auth().oauth2(Tokens.of(READER)).get("/api/articles/" + article + "/reviews").then()
                .extract().jsonPath().getList("status", String.class)).containsExactly("IN_PROGRESS", "NEEDS_CHANGES");
    }

    @Test
    void anEditAfterAnApprovalVoidsItAndTheChainStartsAgain() {
        long article = submittedPolicy("审核中修改");
        Flows.approveWaiting(DemoUsers.UNIT_HEAD_AFFILIATED, READER, article);
        Flows.approveWaiting(DemoUsers.DEPT_REVIEWER, READER, article);
        Map<String, Object> edit = Flows.article("POLICY", "审核中修改（更正版）", POLICY_COLUMN);
        edit.put("baseRevision", 1);
        given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_AFFILIATED)).contentType(ContentType.JSON).body(edit)
                .put("/api/articles/" + article).then().statusCode(200).body("current.number", equalTo(2));
        List<Map<String, Object>> tasks = tasks(article);
        assertThat(tasks).filteredOn(t -> "VOIDED".equals(t.get("status"))).extracting(t -> t.get("position"))
                .containsExactlyInAnyOrder(1, 2, 3);
        assertThat(tasks).filteredOn(t -> "IN_PROGRESS".equals(t.get("status"))).extracting(t -> t.get("position"))
                .containsExactly(1);
    }

    @Test
    void theSubmitterNeverApprovesEvenWhenTheyHoldTheRole() {
        long article = Flows.create(DemoUsers.EDITOR_AND_HEAD, Flows.article("POLICY", "自己送审自己审核", POLICY_COLUMN));
        Flows.submit(DemoUsers.EDITOR_AND_HEAD, article);
        long task = Flows.waitingTask(READER, article);
        assertProblem(Flows.approve(DemoUsers.EDITOR_AND_HEAD, task), 403).body("detail", containsString("submitted"));
        Flows.approve(DemoUsers.UNIT_HEAD_AFFILIATED, task).statusCode(200);
    }

    @Test
    void onePersonApprovesOnlyOneStepOfAnItem() {
        String siteOffice = Tokens.of(DemoUsers.SITE_OFFICE);
        given().auth().oauth2(siteOffice).contentType(ContentType.JSON)
                .body(Map.of("leaderUsername", "head.leader", "leaderName", "领兼负责")).put("/api/org/leaders/ZCFGC").then().statusCode(200);
        try {
            long article = Flows.create(DemoUsers.EDITOR_DEPARTMENT, Flows.article("POLICY", "一人一步", POLICY_COLUMN));
            Flows.submit(DemoUsers.EDITOR_DEPARTMENT, article);
            Flows.approveWaiting(DemoUsers.HEAD_AND_LEADER, READER, article);
            long leaderStep = Flows.waitingTask(READER, article);
            assertProblem(Flows.approve(DemoUsers.HEAD_AND_LEADER, leaderStep), 403).body("detail", containsString("one step"));
        } finally {
            given().auth().oauth2(siteOffice).contentType(ContentType.JSON)
                    .body(Map.of("leaderUsername", "chen.jun", "leaderName", "陈军")).put("/api/org/leaders/ZCFGC").then().statusCode(200);
        }
    }

    @Test
    void aReviewerOfAnotherUnitIsDenied() {
        long article = Flows.create(DemoUsers.EDITOR_DEPARTMENT, Flows.article("POLICY", "别的单位的审核人", POLICY_COLUMN));
        Flows.submit(DemoUsers.EDITOR_DEPARTMENT, article);
        long task = Flows.waitingTask(READER, article);
        assertProblem(Flows.approve(DemoUsers.UNIT_HEAD_AFFILIATED, task), 403).body("detail", containsString("someone else"));
        given().auth().oauth2(Tokens.of(DemoUsers.UNIT_HEAD_AFFILIATED)).get("/api/reviews/inbox").then().statusCode(200)
                .body("taskId", org.hamcrest.Matchers.not(hasItem((int) task)));
    }

    @Test
    void everyLevelConfirmsItProofreadTheText() {
        long article = submittedPolicy("三校确认");
        long task = Flows.waitingTask(READER, article);
        assertProblem(given().auth().oauth2(Tokens.of(DemoUsers.UNIT_HEAD_AFFILIATED)).contentType(ContentType.JSON)
                .body(Map.of("opinion", "同意")).post("/api/reviews/tasks/" + task + "/approval").then(), 400)
                .body("errors.field", hasItem("proofread"));
    }

    @Test
    void theInboxListsWhatWaitsForMeWithTheActionsTheServerAllows() {
        long article = submittedPolicy("收件箱");
        List<Map<String, Object>> inbox = given().auth().oauth2(Tokens.of(DemoUsers.UNIT_HEAD_AFFILIATED)).get("/api/reviews/inbox")
                .then().statusCode(200).extract().jsonPath().getList("$");
        Map<String, Object> entry = inbox.stream().filter(e -> ((Number) e.get("subjectId")).longValue() == article).findFirst().orElseThrow();
        assertThat(entry.get("stepName")).isEqualTo("申请单位意见");
        assertThat(entry.get("dueDate")).isNotNull();
        assertThat((List<?>) entry.get("actions")).hasSize(2);
        assertThat(inbox).extracting(e -> e.get("dueDate").toString()).isSorted();
        given().auth().oauth2(Tokens.of(DemoUsers.UNIT_HEAD_AFFILIATED)).contentType(ContentType.JSON)
                .body(Map.of("subjectType", "article", "subjectId", article, "revisionId", entry.get("currentRevisionId")))
                .put("/api/reviews/seen").then().statusCode(204);
        given().auth().oauth2(Tokens.of(DemoUsers.UNIT_HEAD_AFFILIATED)).get("/api/reviews/inbox").then()
                .body("find { it.subjectId == " + article + " }.lastSeenRevisionId", equalTo(((Number) entry.get("currentRevisionId")).intValue()));
    }

    @Test
    void anItemChainKeepsAtLeastThreeLevelsAndEveryLevelProofreads() {
        long chain = given().auth().oauth2(Tokens.of(READER)).get("/api/reviews/chains").then().extract().jsonPath()
                .getLong("find { it.code == 'news-centre' }.id");
        assertProblem(given().auth().oauth2(Tokens.of(READER)).contentType(ContentType.JSON)
                .body(Map.of("name", "两级", "restartFromPosition", 1, "steps", List.of(
                        Map.of("name", "申请单位意见", "resolver", "AUTHOR_UNIT_HEAD", "requiresProofread", true, "requiresConfidentiality", false),
                        Map.of("name", "厅相关处室", "resolver", "RELATED_DEPARTMENT", "requiresProofread", true, "requiresConfidentiality", false),
                        Map.of("name", "新闻中心", "resolver", "NEWS_CENTRE", "requiresProofread", false, "requiresConfidentiality", false))))
                .put("/api/reviews/chains/" + chain).then(), 400)
                .body("errors.field", hasItem("steps")).body("errors.field", hasItem("steps[2].requiresProofread"));
        assertProblem(given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_DEPARTMENT)).contentType(ContentType.JSON)
                .body(Map.of("name", "x", "restartFromPosition", 1, "steps", List.of(
                        Map.of("name", "a", "resolver", "AUTHOR_UNIT_HEAD", "requiresProofread", true, "requiresConfidentiality", false))))
                .put("/api/reviews/chains/" + chain).then(), 403);
    }

    @Test
    void resubmittingTheSameRevisionCarriesApprovalsBeforeTheRestartStep() {
        JsonPath chains = given().auth().oauth2(Tokens.of(READER)).get("/api/reviews/chains").then().extract().jsonPath();
        long chain = chains.getLong("find { it.code == 'government-affairs' }.id");
        List<Map<String, Object>> steps = chains.getList("find { it.code == 'government-affairs' }.steps");
        List<Map<String, Object>> stepChanges = steps.stream().map(s -> Map.<String, Object>of("name", s.get("name"),
                "resolver", s.get("resolver"), "requiresProofread", s.get("requiresProofread"),
                "requiresConfidentiality", s.get("requiresConfidentiality"))).toList();
        String name = chains.getString("find { it.code == 'government-affairs' }.name");
        given().auth().oauth2(Tokens.of(READER)).contentType(ContentType.JSON)
                .body(Map.of("name", name, "restartFromPosition", 3, "steps", stepChanges)).put("/api/reviews/chains/" + chain)
                .then().statusCode(200).body("restartFromPosition", equalTo(3));
        try {
            long article = submittedPolicy("从第三步重新开始");
            Flows.approveWaiting(DemoUsers.UNIT_HEAD_AFFILIATED, READER, article);
            Flows.approveWaiting(DemoUsers.DEPT_REVIEWER, READER, article);
            long step3 = Flows.waitingTask(READER, article);
            given().auth().oauth2(Tokens.of(DemoUsers.LEADER)).contentType(ContentType.JSON)
                    .body(Map.of("reason", "请先征求意见后再报")).post("/api/reviews/tasks/" + step3 + "/rejection").then().statusCode(200);
            Flows.submit(DemoUsers.EDITOR_AFFILIATED, article);
            List<Map<String, Object>> tasks = tasks(article);
            assertThat(tasks).extracting(t -> t.get("status")).containsExactly("APPROVED", "APPROVED", "IN_PROGRESS");
            assertThat(tasks).extracting(t -> t.get("carriedOver")).containsExactly(true, true, false);
        } finally {
            given().auth().oauth2(Tokens.of(READER)).contentType(ContentType.JSON)
                    .body(Map.of("name", name, "restartFromPosition", 1, "steps", stepChanges)).put("/api/reviews/chains/" + chain)
                    .then().statusCode(200);
        }
    }
}
