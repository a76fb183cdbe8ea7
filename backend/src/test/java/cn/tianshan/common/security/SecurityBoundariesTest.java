package cn.tianshan.common.security;

import static cn.tianshan.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.tianshan.testing.DemoUsers;
import cn.tianshan.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Real Keycloak tokens against the real API: 401, 403 by role, 403 across units, 200 when allowed. */
@QuarkusTest
class SecurityBoundariesTest {

    @Test
    void withoutATokenTheApiAnswers401WithAChallenge() {
        assertProblem(given().get("/api/me").then(), 401).header("WWW-Authenticate", "Bearer realm=\"tianshan\"");
    }

    @Test
    void aForgedTokenIsRejected() {
        assertProblem(given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl").get("/api/me").then(), 401);
    }

    @Test
    void anEditorSeesTheirOwnUnitAndRoles() {
        given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_DEPARTMENT)).get("/api/me").then().statusCode(200)
                .body("username", equalTo("li.na"))
                .body("displayName", equalTo("李娜"))
                .body("unit.code", equalTo("ZCFGC"))
                .body("unit.name", equalTo("政策法规处"))
                .body("roles.name", hasItem("editor"))
                .body("duties.code", hasItem("TOPIC_LAW_POLICY"));
    }

    @Test
    void theWrongRoleIs403() {
        assertProblem(given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_DEPARTMENT)).contentType(ContentType.JSON)
                .body("{\"kind\":\"OFF\",\"reason\":\"测试\"}").put("/api/calendar/days/2030-01-01").then(), 403);
    }

    @Test
    void aUnitHeadChangesTheirOwnUnitButNotAnother() {
        String head = Tokens.of(DemoUsers.UNIT_HEAD_AFFILIATED);
        given().auth().oauth2(head).contentType(ContentType.JSON)
                .body("{\"contactPhone\":\"0991-1234567\",\"contactAddress\":\"乌鲁木齐市公路事业发展中心\"}")
                .put("/api/org/units/GLFZZX/contact").then().statusCode(200).body("contactPhone", equalTo("0991-1234567"));
        assertProblem(given().auth().oauth2(head).contentType(ContentType.JSON)
                .body("{\"contactPhone\":\"0991-7654321\",\"contactAddress\":\"别的单位\"}")
                .put("/api/org/units/ZCFGC/contact").then(), 403)
                .body("detail", org.hamcrest.Matchers.equalTo("您作为单位负责人只能处理本单位的事项，此事项属于其他单位"));
    }

    @Test
    void theSiteOfficeActsInEveryUnit() {
        given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).contentType(ContentType.JSON)
                .body("{\"contactPhone\":\"0991-0000003\",\"contactAddress\":\"乌鲁木齐市交通运输厅机关\"}")
                .put("/api/org/units/ZHGHC/contact").then().statusCode(200);
    }

    @Test
    void theIntegrationClientReadsPublicDataAndNothingElse() {
        String integration = Tokens.integration();
        given().auth().oauth2(integration).get("/api/public/units").then().statusCode(200).body("code", hasItem("BGS"));
        given().auth().oauth2(integration).get("/api/public/site").then().statusCode(200);
        assertProblem(given().auth().oauth2(integration).get("/api/me").then(), 403);
        assertProblem(given().auth().oauth2(integration).get("/api/calendar/years/2026").then(), 403);
        assertProblem(given().auth().oauth2(integration).get("/api/org/duties").then(), 403);
        assertProblem(given().auth().oauth2(integration).get("/api/audit/records").then(), 403);
    }

    @Test
    void anAdministratorHoldingAContentRoleLosesIt() {
        given().auth().oauth2(Tokens.of(DemoUsers.DUAL_ROLE)).get("/api/me").then().statusCode(200)
                .body("roles.name", hasItem("sys-admin"))
                .body("roles.name", not(hasItem("editor")))
                .body("withheldRoles.name", hasItem("editor"));
    }

    @Test
    void administratorsCannotDoEachOthersWork() {
        assertProblem(given().auth().oauth2(Tokens.of(DemoUsers.SYS_ADMIN)).get("/api/audit/records").then(), 403);
        assertProblem(given().auth().oauth2(Tokens.of(DemoUsers.SECURITY_ADMIN)).get("/api/audit/verification").then(), 403);
    }
}
