package cn.tianshan.site;

import static cn.tianshan.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import cn.tianshan.testing.DemoUsers;
import cn.tianshan.testing.Flows;
import cn.tianshan.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import cn.tianshan.testing.Race;
import org.junit.jupiter.api.Test;

/** Art. 7: a unit requests a column change, the site office decides, the technical department carries it out. */
@QuarkusTest
class ColumnChangesTest {

    private static long mainSite() {
        return given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).get("/api/sites").then().statusCode(200)
                .extract().jsonPath().getLong("find { it.code == 'main' }.id");
    }

    private static long request(Map<String, Object> command) {
        return given().auth().oauth2(Tokens.of(DemoUsers.UNIT_HEAD_DEPARTMENT)).contentType(ContentType.JSON).body(command)
                .post("/api/column-changes").then().statusCode(200).extract().jsonPath().getLong("id");
    }

    /** A request of 政策法规处 for a new 政务公开 column it will own. */
    private static Map<String, Object> newDisclosureColumn(String name, String code, String reason) {
        Map<String, Object> command = new HashMap<>();
        command.put("siteId", mainSite());
        command.put("changeType", "CREATE");
        command.put("proposedName", name);
        command.put("proposedCode", code);
        command.put("proposedParentId", Flows.columnId("main", "zwgk"));
        command.put("proposedOwnerUnit", "ZCFGC");
        command.put("proposedKind", "GOV_DISCLOSURE");
        command.put("proposedUpdateClass", "REGULAR");
        command.put("proposedIntervalDays", 90);
        command.put("reason", reason);
        return command;
    }

    private static void decide(long request) {
        for (String who : List.of(DemoUsers.SITE_OFFICE, DemoUsers.TECH_OPS)) {
            long task = given().auth().oauth2(Tokens.of(who)).get("/api/inbox").then().statusCode(200).extract()
                    .jsonPath().getLong("find { it.subjectType == 'column-change' && it.subjectId == " + request + " }.taskId");
            given().auth().oauth2(Tokens.of(who)).contentType(ContentType.JSON).body(Map.of("opinion", who + "同意"))
                    .post("/api/reviews/tasks/" + task + "/approval").then().statusCode(200);
        }
    }

    @Test
    void theMainSiteHasTheColumnTreeOfAProvincialTransportDepartment() {
        List<String> names = given().get("/api/public/sites/main/columns").then().statusCode(200).extract().jsonPath()
                .getList("name", String.class);
        // Other tests (and the browser tests) may add columns; the seeded tree comes first, in this order.
        assertThat(names).startsWith("政务公开", "新闻中心", "政务服务", "公路出行服务", "互动交流", "信用交通");
        given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_DEPARTMENT)).get("/api/sites/" + mainSite() + "/columns").then()
                .body("find { it.code == 'zwgk' }.children.name", hasItems("机构职能", "领导信息", "政策文件", "政策解读", "规划计划",
                        "统计信息", "财政信息", "人事信息", "应急管理", "安全生产", "交通规费"))
                .body("find { it.code == 'zwgk' }.children.find { it.code == 'zcwj' }.ownerUnit", equalTo("ZCFGC"))
                .body("find { it.code == 'zwgk' }.children.find { it.code == 'zcwj' }.updateIntervalDays", equalTo(183))
                .body("find { it.code == 'xwzx' }.children.find { it.code == 'jtyw' }.updateIntervalDays", equalTo(14))
                .body("find { it.code == 'xwzx' }.reviewChainName", equalTo("新闻中心信息审核"));
    }

    @Test
    void aNewColumnExistsOnceTheSiteOfficeAndTheTechnicalDepartmentApprove() {
        long request = request(newDisclosureColumn("法治政府建设", "fzzfjs-" + System.nanoTime() % 100000, "落实法治政府建设年度报告公开要求"));
        given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).get("/api/column-changes/" + request).then()
                .body("request.status", equalTo("IN_REVIEW")).body("request.summary", equalTo("新增栏目“法治政府建设”"))
                .body("request.proposedOwnerUnitName", equalTo("政策法规处")).body("request.requestedByName", equalTo("赵敏"))
                .body("request.proposedParentName", equalTo("政务公开"))
                .body("activeRun.waitingFor", equalTo("等待 孙丽（厅办公室 厅网站主管处室） 审核“厅网站主管处室审定”"));
        decide(request);
        long column = given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).get("/api/column-changes/" + request).then()
                .body("request.status", equalTo("CARRIED_OUT")).extract().jsonPath().getLong("request.resultingColumnId");
        assertThat(cn.tianshan.testing.Flows.notifications(DemoUsers.UNIT_HEAD_DEPARTMENT)).anySatisfy(n ->
                assertThat(n.get("title")).isEqualTo("栏目调整已执行：新增栏目“法治政府建设”"));
        given().get("/api/public/columns/" + column + "/articles").then().statusCode(200).body("column.name", equalTo("法治政府建设"));
        given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).get("/api/column-changes/" + request + "/reviews").then()
                .body("[0].tasks.opinion", equalTo(List.of("sun.li同意", "zhou.tao同意")))
                .body("[0].tasks.stepName", equalTo(List.of("厅网站主管处室审定", "技术部门执行")));
    }

    @Test
    void renameMoveAndRetireChangeTheTree() {
        long parent = Flows.columnId("main", "hdjl");
        Map<String, Object> create = new HashMap<>(Map.of("siteId", mainSite(), "changeType", "CREATE", "proposedName", "临时栏目",
                "proposedCode", "lslm-" + System.nanoTime() % 100000, "proposedOwnerUnit", "ZCFGC", "proposedKind", "INTERACTION",
                "proposedUpdateClass", "STATIC", "reason", "试点"));
        long created = request(create);
        decide(created);
        long column = given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).get("/api/column-changes/" + created).then()
                .extract().jsonPath().getLong("request.resultingColumnId");
        long rename = request(Map.of("siteId", mainSite(), "changeType", "RENAME", "columnId", column, "proposedName", "民意征集",
                "reason", "统一名称"));
        decide(rename);
        long move = request(Map.of("siteId", mainSite(), "changeType", "MOVE", "columnId", column, "proposedParentId", parent,
                "reason", "归入互动交流"));
        decide(move);
        given().get("/api/public/columns/" + column + "/articles").then().body("column.name", equalTo("民意征集"))
                .body("column.path.name", equalTo(List.of("互动交流", "民意征集")));
        long retire = request(Map.of("siteId", mainSite(), "changeType", "RETIRE", "columnId", column, "reason", "试点结束"));
        decide(retire);
        given().get("/api/public/columns/" + column + "/articles").then().body("column.archived", equalTo(true));
    }

    @Test
    void aBadRequestNamesItsFieldsAndOnlyAUnitHeadRequests() {
        Map<String, Object> bad = new HashMap<>(Map.of("siteId", mainSite(), "changeType", "CREATE", "proposedCode", "zcwj",
                "reason", "重复"));
        assertProblem(given().auth().oauth2(Tokens.of(DemoUsers.UNIT_HEAD_DEPARTMENT)).contentType(ContentType.JSON).body(bad)
                .post("/api/column-changes").then(), 400)
                .body("errors.field", hasItems("proposedName", "proposedCode", "proposedOwnerUnit", "proposedKind", "proposedUpdateClass"));
        long zwgk = Flows.columnId("main", "zwgk");
        assertProblem(given().auth().oauth2(Tokens.of(DemoUsers.UNIT_HEAD_DEPARTMENT)).contentType(ContentType.JSON)
                .body(Map.of("siteId", mainSite(), "changeType", "MOVE", "columnId", zwgk, "proposedParentId", Flows.columnId("main", "zcwj"),
                        "reason", "循环")).post("/api/column-changes").then(), 400)
                .body("errors.field", hasItem("proposedParentId"));
        assertProblem(given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_DEPARTMENT)).contentType(ContentType.JSON)
                .body(Map.of("siteId", mainSite(), "changeType", "RETIRE", "columnId", zwgk, "reason", "x"))
                .post("/api/column-changes").then(), 403);
    }

    @Test
    void onlyTheOwningUnitOrTheSiteOfficeAsksToChangeAnExistingColumn() {
        long zwgk = Flows.columnId("main", "zwgk");
        assertProblem(given().auth().oauth2(Tokens.of(DemoUsers.UNIT_HEAD_DEPARTMENT)).contentType(ContentType.JSON)
                .body(Map.of("siteId", mainSite(), "changeType", "RENAME", "columnId", zwgk, "proposedName", "信息公开", "reason", "改名"))
                .post("/api/column-changes").then(), 403)
                .body("detail", equalTo("栏目“政务公开”由厅办公室主管：只有主管单位或厅网站主管处室可以申请调整它"));
        long request = given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).contentType(ContentType.JSON)
                .body(Map.of("siteId", mainSite(), "changeType", "RENAME", "columnId", Flows.POLICY_COLUMN, "proposedName", "政策文件（测试）",
                        "reason", "主管处室统一调整"))
                .post("/api/column-changes").then().statusCode(200).extract().jsonPath().getLong("id");
        given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).get("/api/column-changes/" + request).then()
                .body("allowed", equalTo(List.of("cancel"))).body("reviewActions", equalTo(List.of()));
        given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).post("/api/column-changes/" + request + "/cancellation").then()
                .statusCode(200).body("request.status", equalTo("CANCELLED"));
    }

    @Test
    void theSiteOfficeSetsAColumnsChainAndHomepageVisibility() {
        long column = Flows.columnId("main", "tjxx");
        long newsChain = given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).get("/api/reviews/chains").then()
                .extract().jsonPath().getLong("find { it.code == 'news-centre' }.id");
        long governmentChain = given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).get("/api/reviews/chains").then()
                .extract().jsonPath().getLong("find { it.code == 'government-affairs' }.id");
        given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).contentType(ContentType.JSON)
                .body(Map.of("homepageVisible", true, "updateIntervalDays", 30, "reviewChainId", newsChain, "lifecycle", "ACTIVE",
                        "acceptedKinds", List.of("STATISTICS"), "requiresAnnex5", true))
                .put("/api/columns/" + column + "/settings").then().statusCode(200)
                .body("homepageVisible", equalTo(true)).body("reviewChainName", equalTo("新闻中心信息审核"));
        given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).contentType(ContentType.JSON)
                .body(Map.of("homepageVisible", false, "updateIntervalDays", 90, "reviewChainId", governmentChain, "lifecycle", "ACTIVE",
                        "acceptedKinds", List.of("STATISTICS"), "requiresAnnex5", true))
                .put("/api/columns/" + column + "/settings").then().statusCode(200);
        assertProblem(given().auth().oauth2(Tokens.of(DemoUsers.TECH_OPS)).contentType(ContentType.JSON)
                .body(Map.of("homepageVisible", true, "reviewChainId", governmentChain, "lifecycle", "ACTIVE",
                        "acceptedKinds", List.of("STATISTICS"), "requiresAnnex5", true))
                .put("/api/columns/" + column + "/settings").then(), 403);
    }

    @Test
    void eightExecutionsOfOneApprovedChangeAtOnceCreateTheColumnOnce() throws Exception {
        String code = "sjzx-" + System.nanoTime() % 100000;
        long request = request(newDisclosureColumn("双击执行栏目", code, "验证重复执行只生效一次"));
        long first = given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).get("/api/inbox").then().statusCode(200).extract()
                .jsonPath().getLong("find { it.subjectType == 'column-change' && it.subjectId == " + request + " }.taskId");
        Flows.approve(DemoUsers.SITE_OFFICE, first).statusCode(200);
        long execution = given().auth().oauth2(Tokens.of(DemoUsers.TECH_OPS)).get("/api/inbox").then().statusCode(200).extract()
                .jsonPath().getLong("find { it.subjectType == 'column-change' && it.subjectId == " + request + " }.taskId");
        List<Integer> statuses = Race.statuses(8, () -> Flows.approve(DemoUsers.TECH_OPS, execution).extract().statusCode());
        assertThat(statuses).containsOnlyOnce(200).filteredOn(s -> s != 200).containsOnly(409).hasSize(7);
        List<String> codes = given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).get("/api/sites/" + mainSite() + "/columns").then()
                .extract().jsonPath().getList("find { it.code == 'zwgk' }.children.code", String.class);
        assertThat(codes).filteredOn(code::equals).hasSize(1);
    }
}
