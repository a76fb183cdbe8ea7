package cn.tianshan.disclosure;

import static cn.tianshan.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.tianshan.testing.DemoUsers;
import cn.tianshan.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The disclosure guide: the site office publishes revisions, a stale edit is refused, the public reads the newest. */
@QuarkusTest
class DisclosureGuideTest {

    static Map<String, Object> guide(String hours, String note) {
        Map<String, Object> g = new HashMap<>();
        g.put("categories", "机构职能、政策文件、规划计划、财政资金、重点领域信息等。");
        g.put("howToRequest", "通过网站“依申请公开”在线提交，或以信函、当面方式向受理机构提出申请。");
        g.put("officeAddress", "乌鲁木齐市天山区交通路 1 号 厅办公室");
        g.put("officeHours", hours);
        g.put("phone", "0991-2810400");
        g.put("fax", "0991-2810499");
        g.put("onlineContact", "本网站“依申请公开”栏目");
        g.put("changeNote", note);
        return g;
    }

    static int newest() {
        Response r = given().get("/api/public/disclosure-guide");
        return r.statusCode() == 404 ? 0 : r.jsonPath().getInt("revision");
    }

    @Test
    void theSiteOfficePublishesRevisionsAndAStaleEditIsRefused() {
        int base = newest();
        given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).contentType(ContentType.JSON).body(guide("工作日 9:30-13:30，16:00-19:30", "首次发布"))
                .put("/api/disclosure-guide?basedOn=" + base).then().statusCode(200).body("revision", equalTo(base + 1));
        given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).contentType(ContentType.JSON).body(guide("工作日 10:00-13:30，15:30-19:30", "调整办公时间"))
                .put("/api/disclosure-guide?basedOn=" + (base + 1)).then().statusCode(200).body("revision", equalTo(base + 2));
        assertProblem(given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).contentType(ContentType.JSON).body(guide("过时的修改", "基于旧版"))
                .put("/api/disclosure-guide?basedOn=" + (base + 1)).then(), 409);

        given().get("/api/public/disclosure-guide").then().statusCode(200).body("revision", equalTo(base + 2))
                .body("officeHours", equalTo("工作日 10:00-13:30，15:30-19:30")).body("editedByName", equalTo("孙丽"));
        List<String> notes = given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).get("/api/disclosure-guide/revisions").then()
                .statusCode(200).extract().jsonPath().getList("changeNote", String.class);
        assertThat(notes).startsWith("调整办公时间", "首次发布");
    }

    @Test
    void onlyTheSiteOfficeEditsAndEveryFieldIsChecked() {
        assertProblem(given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_DEPARTMENT)).contentType(ContentType.JSON).body(guide("x", "y"))
                .put("/api/disclosure-guide?basedOn=0").then(), 403);
        Map<String, Object> bad = guide("", "错误的电话");
        bad.put("phone", "打电话");
        assertProblem(given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).contentType(ContentType.JSON).body(bad)
                .put("/api/disclosure-guide?basedOn=" + newest()).then(), 400)
                .body("errors.field", hasItem("phone")).body("errors.field", hasItem("officeHours"));
    }

    @Test
    void theGuidePageIsCompleteWithoutJavaScriptAndSaysSoWhileThereIsNone() {
        if (newest() == 0) {
            String none = given().accept("text/html").get("/disclosure/guide").then().statusCode(404).extract().asString();
            assertThat(none).contains("<h1>政府信息公开指南</h1>").contains("正在编制");
        }
        int base = newest();
        given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).contentType(ContentType.JSON).body(guide("工作日 9:30-13:30，16:00-19:30", "无脚本页面"))
                .put("/api/disclosure-guide?basedOn=" + base).then().statusCode(200);
        String page = given().accept("text/html").get("/disclosure/guide").then().statusCode(200).extract().asString();
        assertThat(page).contains("<h2>受理机构</h2>").contains("<dt>办公时间</dt><dd>工作日 9:30-13:30，16:00-19:30</dd>")
                .contains("第 " + (base + 1) + " 版").contains("href=\"/disclosure/catalogue\"");
    }
}
