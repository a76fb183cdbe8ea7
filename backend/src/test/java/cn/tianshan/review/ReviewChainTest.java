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
    void anAffiliatedUnitsArticlePassesEveryStepOfAnnex3AndIsPublished() {
        long article = submittedPolicy("厅属单位报送的政策文件");
        assertThat(tasks(article)).extracting(t -> t.get("assignee")).containsExactly("公路事业发展中心 单位负责人");
        // The test realm adds 编兼审 (editor and unit head of the same centre) beside the demo's 王强.
        assertThat(Flows.get(READER, article).getString("activeRun.waitingFor"))
                .isEqualTo("等待 王强、编兼审（公路事业发展中心 单位负责人） 审核“申请单位意见”");
        Flows.approveWaiting(DemoUsers.UNIT_HEAD_AFFILIATED, READER, article);
        assertThat(tasks(article).get(1).get("assignee")).isEqualTo("政策法规处 单位负责人或厅相关处室负责人");
        Flows.approveWaiting(DemoUsers.DEPT_REVIEWER, READER, article);
        assertThat(tasks(article).get(2).get("assignee")).isEqualTo("陈军（厅分管领导）");
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
        assertThat(run.get(3).get("confidentialityChecked")).isEqualTo(true);
    }

    @Test
    void aDepartmentsOwnArticleSkipsTheRelatedDepartmentStep() {
        long article = Flows.create(DemoUsers.EDITOR_DEPARTMENT, Flows.article("POLICY", "处室自己的政策文件", POLICY_COLUMN));
        Flows.submit(DemoUsers.EDITOR_DEPARTMENT, article);
        Flows.approveWaiting(DemoUsers.UNIT_HEAD_DEPARTMENT, READER, article);
        assertThat(tasks(article)).extracting(t -> t.get("status")).containsExactly("APPROVED", "SKIPPED", "IN_PROGRESS");
    }

    @Test
    void roundsAreCountedPerArticle() {
        long first = submittedPolicy("第一轮");
        long second = submittedPolicy("另一条的第一轮");
        given().auth().oauth2(Tokens.of(READER)).get("/api/articles/" + second + "/reviews").then().body("[0].round", equalTo(1));
        Flows.reject(DemoUsers.UNIT_HEAD_AFFILIATED, Flows.waitingTask(READER, first), "请补充材料").statusCode(200);
        Flows.submit(DemoUsers.EDITOR_AFFILIATED, first);
        given().auth().oauth2(Tokens.of(READER)).get("/api/articles/" + first + "/reviews").then()
                .body("round", equalTo(List.of(2, 1))).body("[1].statusLabel", equalTo("已退回"));
    }

    @Test
    void aRejectionNeedsAReasonReturnsTheArticleAndTellsItsAuthor() {
        long article = submittedPolicy("需要退回的文件");
        long task = Flows.waitingTask(READER, article);
        assertProblem(Flows.reject(DemoUsers.UNIT_HEAD_AFFILIATED, task, " "), 400).body("errors.field", hasItem("reason"));
        Flows.reject(DemoUsers.UNIT_HEAD_AFFILIATED, task, "标题不规范，请修改").statusCode(200).body("status", equalTo("NEEDS_CHANGES"));
        JsonPath detail = Flows.get(DemoUsers.EDITOR_AFFILIATED, article);
        assertThat(detail.getString("editorialStatus")).isEqualTo("NEEDS_CHANGES");
        assertThat(detail.getList("allowed", String.class)).contains("edit", "submit");
        given().auth().oauth2(Tokens.of(READER)).get("/api/articles/" + article + "/reviews").then()
                .body("[0].tasks[0].opinion", equalTo("标题不规范，请修改"));
        assertThat(Flows.notifications(DemoUsers.EDITOR_AFFILIATED)).anySatisfy(n -> {
            assertThat(n.get("title")).isEqualTo("“需要退回的文件”被退回");
            assertThat(n.get("body").toString()).contains("申请单位意见").contains("王强").contains("标题不规范，请修改");
            assertThat(n.get("link")).isEqualTo("/admin/articles/" + article);
        });
    }

    @Test
    void aResubmissionRestartsFromTheFirstStep() {
        long article = submittedPolicy("退回后重新报送");
        Flows.approveWaiting(DemoUsers.UNIT_HEAD_AFFILIATED, READER, article);
        Flows.reject(DemoUsers.DEPT_REVIEWER, Flows.waitingTask(READER, article), "请补充依据").statusCode(200);
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
    void aReviewerWhoReadAnOlderRevisionCannotApproveTheNewOne() {
        long article = submittedPolicy("审阅旧版");
        long task = Flows.waitingTask(READER, article);
        long read = Flows.get(DemoUsers.UNIT_HEAD_AFFILIATED, article).getLong("current.id");
        Map<String, Object> edit = Flows.article("POLICY", "审阅旧版（改）", POLICY_COLUMN);
        edit.put("baseRevision", 1);
        given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_AFFILIATED)).contentType(ContentType.JSON).body(edit)
                .put("/api/articles/" + article).then().statusCode(200);
        long newTask = Flows.waitingTask(READER, article);
        assertProblem(given().auth().oauth2(Tokens.of(DemoUsers.UNIT_HEAD_AFFILIATED)).contentType(ContentType.JSON)
                .body(Map.of("proofread", true, "revisionId", read)).post("/api/reviews/tasks/" + newTask + "/approval").then(), 409)
                .body("detail", containsString("新的版本"));
        assertProblem(Flows.approve(DemoUsers.UNIT_HEAD_AFFILIATED, task), 409).body("detail", containsString("已作废"));
    }

    @Test
    void theSubmitterNeverApprovesEvenWhenTheyHoldTheRole() {
        long article = Flows.create(DemoUsers.EDITOR_AND_HEAD, Flows.article("NOTICE", "自己送审自己审核", Flows.HIGHWAY_COLUMN));
        Flows.submit(DemoUsers.EDITOR_AND_HEAD, article);
        long task = Flows.waitingTask(READER, article);
        assertProblem(Flows.approve(DemoUsers.EDITOR_AND_HEAD, task), 403).body("detail", equalTo("送审人不能审核自己送审的事项（三审须由他人进行）"));
        Flows.approve(DemoUsers.UNIT_HEAD_AFFILIATED, task).statusCode(200);
    }

    @Test
    void onePersonApprovesOnlyOneStepOfAnArticle() {
        String siteOffice = Tokens.of(DemoUsers.SITE_OFFICE);
        given().auth().oauth2(siteOffice).contentType(ContentType.JSON)
                .body(Map.of("leaderUsername", DemoUsers.HEAD_AND_LEADER, "reason", "测试：兼任")).put("/api/org/leaders/ZCFGC")
                .then().statusCode(200);
        try {
            long article = Flows.create(DemoUsers.EDITOR_DEPARTMENT, Flows.article("POLICY", "一人一步", POLICY_COLUMN));
            Flows.submit(DemoUsers.EDITOR_DEPARTMENT, article);
            Flows.approveWaiting(DemoUsers.HEAD_AND_LEADER, READER, article);
            long leaderStep = Flows.waitingTask(READER, article);
            assertProblem(Flows.approve(DemoUsers.HEAD_AND_LEADER, leaderStep), 403)
                    .body("detail", equalTo("同一人只能审核同一事项的一个环节：您已审核“申请单位意见”"));
        } finally {
            given().auth().oauth2(siteOffice).contentType(ContentType.JSON)
                    .body(Map.of("leaderUsername", DemoUsers.LEADER, "reason", "测试结束，恢复分工")).put("/api/org/leaders/ZCFGC")
                    .then().statusCode(200);
        }
    }

    @Test
    void aReviewerOfAnotherUnitIsDeniedAndTheReasonNamesWhoseStepItIs() {
        long article = Flows.create(DemoUsers.EDITOR_DEPARTMENT, Flows.article("POLICY", "别的单位的审核人", POLICY_COLUMN));
        Flows.submit(DemoUsers.EDITOR_DEPARTMENT, article);
        long task = Flows.waitingTask(READER, article);
        assertProblem(Flows.approve(DemoUsers.UNIT_HEAD_AFFILIATED, task), 403)
                .body("detail", equalTo("此环节由政策法规处 单位负责人审核，不是您"));
        assertThat(Flows.inbox(DemoUsers.UNIT_HEAD_AFFILIATED)).extracting(d -> d.get("taskId")).doesNotContain((int) task);
    }

    @Test
    void everyLevelConfirmsItProofreadAndTheConfidentialityStepItsCheck() {
        long article = submittedPolicy("三校确认");
        long task = Flows.waitingTask(READER, article);
        assertProblem(given().auth().oauth2(Tokens.of(DemoUsers.UNIT_HEAD_AFFILIATED)).contentType(ContentType.JSON)
                .body(Map.of("opinion", "同意")).post("/api/reviews/tasks/" + task + "/approval").then(), 400)
                .body("errors.field", hasItem("proofread")).body("errors.message", hasItem("请确认已逐字校对全文（三审三校）"));
        Flows.approveWaiting(DemoUsers.UNIT_HEAD_AFFILIATED, READER, article);
        Flows.approveWaiting(DemoUsers.DEPT_REVIEWER, READER, article);
        Flows.approveWaiting(DemoUsers.LEADER, READER, article);
        Flows.agreeConfidentiality(article);
        long last = Flows.waitingTask(READER, article);
        assertProblem(given().auth().oauth2(Tokens.of(READER)).contentType(ContentType.JSON)
                .body(Map.of("proofread", true)).post("/api/reviews/tasks/" + last + "/approval").then(), 400)
                .body("errors.field", hasItem("confidentialityChecked"));
    }

    @Test
    void anArticleChainKeepsThreeLevelsEveryLevelProofreadsAndOneChecksConfidentiality() {
        long chain = given().auth().oauth2(Tokens.of(READER)).get("/api/reviews/chains").then().extract().jsonPath()
                .getLong("find { it.code == 'news-centre' }.id");
        assertProblem(given().auth().oauth2(Tokens.of(READER)).contentType(ContentType.JSON)
                .body(Map.of("name", "两级", "restartFromPosition", 1, "steps", List.of(
                        Map.of("name", "申请单位意见", "resolver", "AUTHOR_UNIT_HEAD", "requiresProofread", true, "requiresConfidentiality", false),
                        Map.of("name", "厅相关处室", "resolver", "RELATED_DEPARTMENT", "requiresProofread", true, "requiresConfidentiality", false),
                        Map.of("name", "新闻中心", "resolver", "NEWS_CENTRE", "requiresProofread", false, "requiresConfidentiality", false))))
                .put("/api/reviews/chains/" + chain).then(), 400)
                .body("errors.field", hasItem("steps")).body("errors.field", hasItem("steps[2].requiresProofread"))
                .body("errors.message", hasItem("信息审核流程须有一个进行保密审查的环节（先审查、后公开）"));
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
                .then().statusCode(200).body("restartFromPosition", equalTo(3)).body("updatedByName", equalTo("孙丽"));
        try {
            long article = submittedPolicy("从第三步重新开始");
            Flows.approveWaiting(DemoUsers.UNIT_HEAD_AFFILIATED, READER, article);
            Flows.approveWaiting(DemoUsers.DEPT_REVIEWER, READER, article);
            Flows.reject(DemoUsers.LEADER, Flows.waitingTask(READER, article), "请先征求意见后再报").statusCode(200);
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

    @Test
    void reassigningTheSiteAuthorityHandsItsStepsToTheNewUnit() {
        String office = Tokens.of(DemoUsers.SITE_OFFICE);
        long article = Flows.create(DemoUsers.EDITOR_DEPARTMENT, Flows.article("POLICY", "职责调整后的审核", POLICY_COLUMN));
        Flows.submit(DemoUsers.EDITOR_DEPARTMENT, article);
        Flows.approveWaiting(DemoUsers.UNIT_HEAD_DEPARTMENT, READER, article);
        Flows.approveWaiting(DemoUsers.LEADER, READER, article);
        Flows.agreeConfidentiality(article);
        given().auth().oauth2(office).contentType(ContentType.JSON).body(Map.of("unitCode", "KJXXC", "reason", "测试：职责调整"))
                .put("/api/org/duties/SITE_AUTHORITY/holder").then().statusCode(200);
        try {
            long article2 = Flows.create(DemoUsers.EDITOR_DEPARTMENT, Flows.article("POLICY", "职责调整后新送审", POLICY_COLUMN));
            Flows.submit(DemoUsers.EDITOR_DEPARTMENT, article2);
            Flows.approveWaiting(DemoUsers.UNIT_HEAD_DEPARTMENT, READER, article2);
            Flows.approveWaiting(DemoUsers.LEADER, READER, article2);
            Flows.agreeConfidentiality(article2);
            long step = Flows.waitingTask(READER, article2);
            assertThat(tasks(article2)).last().satisfies(t -> assertThat(t.get("assignee")).isEqualTo("科技信息处 厅网站主管处室"));
            assertProblem(Flows.approve(DemoUsers.SITE_OFFICE, step), 403).body("detail", containsString("科技信息处"));
        } finally {
            given().auth().oauth2(office).contentType(ContentType.JSON).body(Map.of("unitCode", "BGS", "reason", "测试结束，恢复"))
                    .put("/api/org/duties/SITE_AUTHORITY/holder").then().statusCode(200);
        }
        Flows.approveWaiting(DemoUsers.SITE_OFFICE, READER, article);
    }
}
