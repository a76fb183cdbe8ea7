package cn.tianshan.inbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.tianshan.testing.DemoUsers;
import cn.tianshan.testing.Flows;
import cn.tianshan.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every pending duty of every kind reaches the inbox of each person who can perform it. */
@QuarkusTest
class InboxTest {

    private static List<Map<String, Object>> about(String user, String subjectType, long id) {
        return Flows.inbox(user).stream().filter(d -> subjectType.equals(d.get("subjectType"))
                && ((Number) d.get("subjectId")).longValue() == id).toList();
    }

    private static long reviewedUpToTheSiteOffice(String title) {
        long article = Flows.create(DemoUsers.EDITOR_AFFILIATED, Flows.article("POLICY", title, Flows.POLICY_COLUMN));
        Flows.submit(DemoUsers.EDITOR_AFFILIATED, article);
        Flows.approveWaiting(DemoUsers.UNIT_HEAD_AFFILIATED, DemoUsers.SITE_OFFICE, article);
        Flows.approveWaiting(DemoUsers.DEPT_REVIEWER, DemoUsers.SITE_OFFICE, article);
        Flows.approveWaiting(DemoUsers.LEADER, DemoUsers.SITE_OFFICE, article);
        return article;
    }

    @Test
    void confidentialityOpinionsReachTheSecrecyReviewerThenTheLeaderInChargeOfTheUnit() {
        long article = Flows.create(DemoUsers.EDITOR_AFFILIATED, Flows.article("POLICY", "保密审查待办", Flows.POLICY_COLUMN));
        Flows.submit(DemoUsers.EDITOR_AFFILIATED, article);
        assertThat(about(DemoUsers.SECRECY_REVIEWER, "article", article)).singleElement().satisfies(d -> {
            assertThat(d.get("kind")).isEqualTo("confidentiality-staff");
            assertThat(d.get("kindLabel")).isEqualTo("保密审查（附件5）");
            assertThat(d.get("stepName")).isEqualTo("工作机构或人员审查意见");
            assertThat(d.get("unitName")).isEqualTo("公路事业发展中心");
            assertThat(d.get("link")).isEqualTo("/admin/articles/" + article);
        });
        assertThat(about(DemoUsers.LEADER, "article", article)).noneMatch(d -> "confidentiality-leader".equals(d.get("kind")));
        Flows.opinion(DemoUsers.SECRECY_REVIEWER, "staff", article, "AGREE").statusCode(200);
        assertThat(about(DemoUsers.SECRECY_REVIEWER, "article", article)).isEmpty();
        assertThat(about(DemoUsers.LEADER, "article", article)).anySatisfy(d -> {
            assertThat(d.get("kind")).isEqualTo("confidentiality-leader");
            assertThat(d.get("stepName")).isEqualTo("主管领导意见");
        });
        assertThat(about(DemoUsers.OTHER_LEADER, "article", article)).isEmpty();
    }

    @Test
    void aBlockedStepShowsInTheInboxAndSaysInChineseWhoseActionItWaitsFor() {
        long article = reviewedUpToTheSiteOffice("等待保密审查的发布");
        assertThat(about(DemoUsers.SITE_OFFICE, "article", article)).singleElement().satisfies(d -> {
            List<Map<String, Object>> actions = (List<Map<String, Object>>) d.get("actions");
            assertThat(actions).anySatisfy(a -> {
                assertThat(a.get("name")).isEqualTo("approve");
                assertThat(a.get("enabled")).isEqualTo(false);
                assertThat(a.get("reason").toString()).startsWith("保密审查（附件5）尚未完成：等待 吴华（保密审查员） 填写");
            });
        });
        Flows.opinion(DemoUsers.SECRECY_REVIEWER, "staff", article, "AGREE").statusCode(200);
        assertThat(Flows.get(DemoUsers.EDITOR_AFFILIATED, article).getString("activeRun.waitingFor"))
                .contains("等待 陈军（公路事业发展中心的分管领导）签署主管领导意见");
        Flows.opinion(DemoUsers.LEADER, "leader", article, "AGREE").statusCode(200);
        assertThat(about(DemoUsers.SITE_OFFICE, "article", article)).singleElement()
                .satisfies(d -> assertThat((List<Map<String, Object>>) d.get("actions"))
                        .allSatisfy(a -> assertThat(a.get("enabled")).isEqualTo(true)));
    }

    @Test
    void aColumnChangeRequestReachesTheSiteOfficeThenTheTechnicalDepartment() {
        long site = given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).get("/api/sites").then().extract().jsonPath()
                .getLong("find { it.code == 'main' }.id");
        Map<String, Object> command = new HashMap<>(Map.of("siteId", site, "changeType", "RENAME", "columnId", Flows.POLICY_COLUMN,
                "proposedName", "政策文件库", "reason", "与国务院政策文件库名称一致"));
        long request = given().auth().oauth2(Tokens.of(DemoUsers.UNIT_HEAD_DEPARTMENT)).contentType(ContentType.JSON).body(command)
                .post("/api/column-changes").then().statusCode(200).extract().jsonPath().getLong("id");
        assertThat(about(DemoUsers.SITE_OFFICE, "column-change", request)).singleElement().satisfies(d -> {
            assertThat(d.get("kindLabel")).isEqualTo("栏目调整申请审核");
            assertThat(d.get("link")).isEqualTo("/admin/column-changes/" + request);
            assertThat(d.get("title")).isEqualTo("栏目“政策文件”更名为“政策文件库”");
        });
        assertThat(about(DemoUsers.TECH_OPS, "column-change", request)).isEmpty();
        long task = ((Number) about(DemoUsers.SITE_OFFICE, "column-change", request).get(0).get("taskId")).longValue();
        Flows.approve(DemoUsers.SITE_OFFICE, task).statusCode(200);
        long techTask = ((Number) about(DemoUsers.TECH_OPS, "column-change", request).get(0).get("taskId")).longValue();
        given().auth().oauth2(Tokens.of(DemoUsers.TECH_OPS)).get("/api/column-changes/" + request).then().statusCode(200)
                .body("reviewActions.name", equalTo(List.of("approve", "reject")));
        Flows.reject(DemoUsers.TECH_OPS, techTask, "与“法规文件”栏目名称相近，建议另拟").statusCode(200);
        given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).get("/api/column-changes/" + request).then()
                .body("request.status", equalTo("REJECTED")).body("request.statusLabel", equalTo("未通过"));
        assertThat(Flows.notifications(DemoUsers.UNIT_HEAD_DEPARTMENT)).anySatisfy(n ->
                assertThat(n.get("body").toString()).contains("周涛退回").contains("建议另拟"));
    }

    @Test
    void theInboxRemembersWhichRevisionIRead() {
        long article = Flows.create(DemoUsers.EDITOR_AFFILIATED, Flows.article("POLICY", "收件箱", Flows.POLICY_COLUMN));
        Flows.submit(DemoUsers.EDITOR_AFFILIATED, article);
        Map<String, Object> duty = about(DemoUsers.UNIT_HEAD_AFFILIATED, "article", article).get(0);
        assertThat(duty.get("stepName")).isEqualTo("申请单位意见（第 1 轮）");
        assertThat(duty.get("dueDate")).isNotNull();
        assertThat(duty.get("infoDate")).isEqualTo(Flows.today().toString());
        assertThat((List<?>) duty.get("actions")).hasSize(2);
        assertThat(duty.get("lastSeenRevisionId")).isNull();
        given().auth().oauth2(Tokens.of(DemoUsers.UNIT_HEAD_AFFILIATED)).contentType(ContentType.JSON)
                .body(Map.of("subjectType", "article", "subjectId", article, "revisionId", duty.get("currentRevisionId")))
                .put("/api/reviews/seen").then().statusCode(204);
        assertThat(about(DemoUsers.UNIT_HEAD_AFFILIATED, "article", article).get(0).get("lastSeenRevisionId"))
                .isEqualTo(duty.get("currentRevisionId"));
        assertThat(Flows.inbox(DemoUsers.UNIT_HEAD_AFFILIATED)).extracting(d -> d.get("dueDate") == null ? "9999" : d.get("dueDate").toString())
                .isSorted();
    }

    @Test
    void theAuthorIsToldWhenTheArticleIsPublished() {
        long article = Flows.publishedPolicy("发布通知作者");
        assertThat(Flows.notifications(DemoUsers.EDITOR_AFFILIATED)).anySatisfy(n -> {
            assertThat(n.get("title")).isEqualTo("已发布：发布通知作者");
            assertThat(n.get("kind")).isEqualTo("article.published");
            assertThat(n.get("readAt")).isNull();
            assertThat(n.get("link")).isEqualTo("/admin/articles/" + article);
        });
        long unread = given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_AFFILIATED)).get("/api/notifications/unread-count").then()
                .statusCode(200).extract().jsonPath().getLong("unread");
        assertThat(unread).isPositive();
        given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_AFFILIATED)).post("/api/notifications/read-all").then().statusCode(200);
        given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_AFFILIATED)).get("/api/notifications/unread-count").then()
                .body("unread", equalTo(0));
        assertThat(Flows.notifications(DemoUsers.SITE_OFFICE)).noneMatch(n -> n.get("title").equals("已发布：发布通知作者"));
    }
}
