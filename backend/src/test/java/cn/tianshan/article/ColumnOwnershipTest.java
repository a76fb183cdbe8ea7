package cn.tianshan.article;

import static cn.tianshan.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.tianshan.testing.DemoUsers;
import cn.tianshan.testing.Flows;
import cn.tianshan.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 谁主管、谁发布 (Art. 15): a column's owner decides what appears in it. */
@QuarkusTest
class ColumnOwnershipTest {

    private static io.restassured.specification.RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON);
    }

    @Test
    void anEditorDraftsOnlyIntoColumnsTheUnitOwnsOrWasGranted() {
        assertProblem(as(DemoUsers.EDITOR_DEPARTMENT).body(Flows.article("NOTICE", "越界发布", Flows.PLANNING_COLUMN))
                .post("/api/articles").then(), 400)
                .body("errors[0].field", equalTo("columnIds[0]"))
                .body("errors[0].message", equalTo("栏目“规划计划”由综合规划处主管，政策法规处未获授权在此发布（谁主管、谁发布）"));
        List<Map<String, Object>> choices = given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_AFFILIATED))
                .get("/api/articles/column-choices").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(choices).anySatisfy(c -> {
            assertThat(c.get("path")).isEqualTo("政务公开 / 公路建设与养护");
            assertThat(c.get("ownColumn")).isEqualTo(true);
            assertThat(c.get("reviewChainName")).isEqualTo("政务信息发布审核（附件3，含保密审查）");
        });
        assertThat(choices).anySatisfy(c -> {
            assertThat(c.get("path")).isEqualTo("政务公开 / 政策文件");
            assertThat(c.get("ownColumn")).isEqualTo(false);
            assertThat(c.get("ownerUnitName")).isEqualTo("政策法规处");
        });
        assertThat(choices).extracting(c -> c.get("path")).doesNotContain("政务公开 / 规划计划", "政务公开");
    }

    @Test
    void aColumnTakesOnlyTheKindsItIsFor() {
        assertProblem(as(DemoUsers.EDITOR_DEPARTMENT).body(Flows.article("NEWS", "新闻放进政策解读", Flows.columnId("main", "zcjd")))
                .post("/api/articles").then(), 400)
                .body("errors[0].message", equalTo("栏目“政策解读”只发布政策解读，不发布新闻动态"));
        assertProblem(as(DemoUsers.EDITOR_DEPARTMENT).body(Flows.article("NOTICE", "放进父栏目", Flows.columnId("main", "zwgk")))
                .post("/api/articles").then(), 400);
    }

    @Test
    void anArticleForAnotherUnitsColumnAlwaysPassesAStepOfTheOwner() {
        String office = Tokens.of(DemoUsers.SITE_OFFICE);
        long column = Flows.PLANNING_COLUMN;
        long grant = given().auth().oauth2(office).contentType(ContentType.JSON)
                .body(Map.of("unitCode", "ZCFGC", "reason", "测试：代发规划类政策文件"))
                .post("/api/columns/" + column + "/grants").then().statusCode(200)
                .body("unitName", equalTo("政策法规处")).body("grantedByName", equalTo("孙丽")).body("active", equalTo(true))
                .extract().jsonPath().getLong("id");
        try {
            long article = Flows.create(DemoUsers.EDITOR_DEPARTMENT, Flows.article("POLICY", "代综合规划处发布", column));
            Flows.submit(DemoUsers.EDITOR_DEPARTMENT, article);
            Flows.approveWaiting(DemoUsers.UNIT_HEAD_DEPARTMENT, DemoUsers.SITE_OFFICE, article);
            List<Map<String, Object>> tasks = Flows.get(DemoUsers.SITE_OFFICE, article).getList("activeRun.tasks");
            assertThat(tasks.get(1).get("assignee")).isEqualTo("综合规划处 单位负责人或厅相关处室负责人");
            assertThat(tasks.get(1).get("status")).isEqualTo("IN_PROGRESS");
            assertProblem(Flows.approve(DemoUsers.DEPT_REVIEWER, Flows.waitingTask(DemoUsers.SITE_OFFICE, article)), 403);
        } finally {
            given().auth().oauth2(office).contentType(ContentType.JSON).body(Map.of("reason", "测试结束"))
                    .post("/api/columns/" + column + "/grants/" + grant + "/revocation").then().statusCode(200)
                    .body("active", equalTo(false)).body("revokedByName", equalTo("孙丽"));
        }
        given().auth().oauth2(office).get("/api/columns/" + column + "/grants").then()
                .body("find { it.id == " + grant + " }.revokeReason", equalTo("测试结束"));
        assertProblem(as(DemoUsers.EDITOR_DEPARTMENT).body(Flows.article("POLICY", "撤销授权后", column)).post("/api/articles").then(), 400);
    }

    @Test
    void onlyTheSiteOfficeGrantsAndGrantsAreChecked() {
        String office = Tokens.of(DemoUsers.SITE_OFFICE);
        assertProblem(as(DemoUsers.UNIT_HEAD_DEPARTMENT).body(Map.of("unitCode", "ZCFGC", "reason", "自己授权"))
                .post("/api/columns/" + Flows.PLANNING_COLUMN + "/grants").then(), 403);
        assertProblem(given().auth().oauth2(office).contentType(ContentType.JSON).body(Map.of("unitCode", "ZHGHC", "reason", "主管单位"))
                .post("/api/columns/" + Flows.PLANNING_COLUMN + "/grants").then(), 400)
                .body("errors[0].message", containsString("是栏目“规划计划”的主管单位，无需授权"));
        assertProblem(given().auth().oauth2(office).contentType(ContentType.JSON).body(Map.of("unitCode", "GLFZZX", "reason", "重复"))
                .post("/api/columns/" + Flows.POLICY_COLUMN + "/grants").then(), 409);
    }

    @Test
    void severalColumnsStayWithOneOwnerBesidesTheAuthor() {
        String office = Tokens.of(DemoUsers.SITE_OFFICE);
        long grant = given().auth().oauth2(office).contentType(ContentType.JSON)
                .body(Map.of("unitCode", "ZCFGC", "reason", "测试：多栏目")).post("/api/columns/" + Flows.PLANNING_COLUMN + "/grants")
                .then().statusCode(200).extract().jsonPath().getLong("id");
        try {
            Map<String, Object> body = Flows.article("POLICY", "三个单位的栏目", Flows.POLICY_COLUMN);
            body.put("columnIds", List.of(Flows.POLICY_COLUMN, Flows.PLANNING_COLUMN));
            assertProblem(as(DemoUsers.EDITOR_DEPARTMENT).body(body).post("/api/articles").then(), 400)
                    .body("errors[0].field", equalTo("columnIds[1]"))
                    .body("errors[0].message", containsString("一条信息的各栏目须属于本单位或第一个栏目的主管单位"));
            body.put("columnIds", List.of(Flows.PLANNING_COLUMN, Flows.POLICY_COLUMN));
            as(DemoUsers.EDITOR_DEPARTMENT).body(body).post("/api/articles").then().statusCode(201);
        } finally {
            given().auth().oauth2(office).contentType(ContentType.JSON).body(Map.of("reason", "测试结束"))
                    .post("/api/columns/" + Flows.PLANNING_COLUMN + "/grants/" + grant + "/revocation").then().statusCode(200);
        }
        Map<String, Object> fine = Flows.article("NOTICE", "本单位栏目只收通知", Flows.HIGHWAY_COLUMN);
        fine.put("columnIds", List.of(Flows.HIGHWAY_COLUMN, Flows.POLICY_COLUMN));
        assertProblem(as(DemoUsers.EDITOR_AFFILIATED).body(fine).post("/api/articles").then(), 400)
                .body("errors[0].field", equalTo("columnIds[1]")).body("errors[0].message", containsString("只发布政策文件"));
    }

    @Test
    void theSiteOfficeDecidesWhichKindsAColumnTakesAndWhetherItNeedsTheAnnex5Form() {
        long column = Flows.columnId("main", "tjxx");
        String office = Tokens.of(DemoUsers.SITE_OFFICE);
        long chain = given().auth().oauth2(office).get("/api/reviews/chains").then().extract().jsonPath()
                .getLong("find { it.code == 'government-affairs' }.id");
        given().auth().oauth2(office).contentType(ContentType.JSON).body(Map.of("homepageVisible", false, "updateIntervalDays", 90,
                        "reviewChainId", chain, "lifecycle", "ACTIVE", "acceptedKinds", List.of("STATISTICS", "NOTICE"), "requiresAnnex5", false))
                .put("/api/columns/" + column + "/settings").then().statusCode(200)
                .body("acceptedKinds.label", equalTo(List.of("统计信息", "通知公告"))).body("requiresAnnex5", equalTo(false));
        try {
            assertProblem(given().auth().oauth2(office).contentType(ContentType.JSON).body(Map.of("homepageVisible", false,
                            "reviewChainId", chain, "lifecycle", "ACTIVE", "acceptedKinds", List.of("GOSSIP"), "requiresAnnex5", true))
                    .put("/api/columns/" + column + "/settings").then(), 400).body("errors[0].field", equalTo("acceptedKinds[0]"));
        } finally {
            given().auth().oauth2(office).contentType(ContentType.JSON).body(Map.of("homepageVisible", false, "updateIntervalDays", 90,
                            "reviewChainId", chain, "lifecycle", "ACTIVE", "acceptedKinds", List.of("STATISTICS"), "requiresAnnex5", true))
                    .put("/api/columns/" + column + "/settings").then().statusCode(200);
        }
    }
}
