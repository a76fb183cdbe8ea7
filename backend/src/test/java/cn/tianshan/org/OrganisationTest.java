package cn.tianshan.org;

import static cn.tianshan.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import cn.tianshan.testing.DemoUsers;
import cn.tianshan.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganisationTest {

    @Test
    void theUnitsOfTheMeasuresAreSeededWithAffiliatedUnits() {
        given().get("/api/public/units").then().statusCode(200)
                .body("name", hasItems("厅办公室", "政策法规处", "综合规划处", "安全监督处", "财务处", "基层党建处", "科技信息处",
                        "人事处", "宣传教育中心", "路网中心", "通信信息中心", "公路事业发展中心", "交通运输综合行政执法局"))
                .body("findAll { it.kind == 'AFFILIATED' }.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(2));
    }

    @Test
    void theDutiesOfArticle5AreHeldByTheirSeededUnits() {
        given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_AFFILIATED)).get("/api/org/duties").then().statusCode(200)
                .body("find { it.code == 'SITE_AUTHORITY' }.holder.code", equalTo("BGS"))
                .body("find { it.code == 'TECHNICAL_DEPARTMENT' }.holder.code", equalTo("TXXXZX"))
                .body("find { it.code == 'NEWS_CENTRE' }.holder.code", equalTo("XJZX"))
                .body("find { it.code == 'TOPIC_ROAD_TRAVEL' }.holder.code", equalTo("LWZX"));
    }

    @Test
    void theSiteOfficeReassignsADutyAndTheHistoryKeepsBoth() {
        String siteOffice = Tokens.of(DemoUsers.SITE_OFFICE);
        given().auth().oauth2(siteOffice).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"ZHZFJ\",\"reason\":\"厅党组会议决定调整\"}")
                .put("/api/org/duties/TOPIC_PUBLICITY/holder").then().statusCode(200)
                .body("holder.code", equalTo("ZHZFJ")).body("since", notNullValue());
        given().auth().oauth2(siteOffice).get("/api/org/duties/TOPIC_PUBLICITY/history").then().statusCode(200)
                .body("[0].unit.code", equalTo("ZHZFJ")).body("[0].validTo", equalTo(null))
                .body("[1].unit.code", equalTo("JCDJC")).body("[1].validTo", notNullValue());
        given().auth().oauth2(Tokens.of(DemoUsers.AUDITOR)).queryParam("action", "org.duty.reassign")
                .get("/api/audit/records").then().body("records[0].targetId", equalTo("TOPIC_PUBLICITY→ZHZFJ"));
        assertProblem(given().auth().oauth2(siteOffice).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"ZHZFJ\",\"reason\":\"重复\"}").put("/api/org/duties/TOPIC_PUBLICITY/holder").then(), 409);
        given().auth().oauth2(siteOffice).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"JCDJC\",\"reason\":\"恢复原分工\"}")
                .put("/api/org/duties/TOPIC_PUBLICITY/holder").then().statusCode(200);
    }

    @Test
    void onlyTheSiteOfficeReassignsDuties() {
        assertProblem(given().auth().oauth2(Tokens.of(DemoUsers.TECH_OPS)).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"TXXXZX\",\"reason\":\"想要\"}").put("/api/org/duties/SITE_AUTHORITY/holder").then(), 403);
    }

    @Test
    void aDutyGoesOnlyToAnActiveResponsibleUnit() {
        String siteOffice = Tokens.of(DemoUsers.SITE_OFFICE);
        assertProblem(given().auth().oauth2(siteOffice).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"TLD\",\"reason\":\"领导\"}").put("/api/org/duties/NEWS_CENTRE/holder").then(), 400)
                .body("errors[0].field", equalTo("unitCode"));
        assertProblem(given().auth().oauth2(siteOffice).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"NOPE\",\"reason\":\"x\"}").put("/api/org/duties/NEWS_CENTRE/holder").then(), 400);
        assertProblem(given().auth().oauth2(siteOffice).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"BGS\",\"reason\":\"x\"}").put("/api/org/duties/NO_SUCH_DUTY/holder").then(), 404);
        assertProblem(given().auth().oauth2(siteOffice).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"BGS\"}").put("/api/org/duties/NEWS_CENTRE/holder").then(), 400)
                .body("errors[0].field", equalTo("reason"));
    }

    @Test
    void aUnitShowsTheDutiesItHolds() {
        given().auth().oauth2(Tokens.of(DemoUsers.TECH_OPS)).get("/api/org/units/TXXXZX").then().statusCode(200)
                .body("unit.name", equalTo("通信信息中心")).body("duties.code", hasItems("TECHNICAL_DEPARTMENT"));
        assertProblem(given().auth().oauth2(Tokens.of(DemoUsers.TECH_OPS)).get("/api/org/units/NOPE").then(), 404);
    }
}
