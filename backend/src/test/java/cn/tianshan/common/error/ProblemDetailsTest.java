package cn.tianshan.common.error;

import static cn.tianshan.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.tianshan.testing.DemoUsers;
import cn.tianshan.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Bad input is a clear 4xx problem that names the field; never a 500, never a stack trace. */
@QuarkusTest
class ProblemDetailsTest {

    private static final String DAY = "/api/calendar/days/2031-03-01";

    private static io.restassured.specification.RequestSpecification siteOffice() {
        return given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE));
    }

    @Test
    void anUnknownPropertyIsNamed() {
        assertProblem(siteOffice().contentType(ContentType.JSON).body("{\"kind\":\"OFF\",\"reason\":\"x\",\"colour\":\"red\"}")
                .put(DAY).then(), 400).body("errors.field", hasItem("colour"));
    }

    @Test
    void aValueOfTheWrongTypeIsNamed() {
        assertProblem(siteOffice().contentType(ContentType.JSON).body("{\"kind\":\"SOMETIMES\",\"reason\":\"x\"}")
                .put(DAY).then(), 400).body("errors.field", hasItem("kind"));
        assertProblem(siteOffice().contentType(ContentType.JSON).body("{\"kind\":\"OFF\",\"reason\":[1,2]}")
                .put(DAY).then(), 400).body("errors.field", hasItem("reason"));
    }

    @Test
    void aMissingRequiredValueIsNamed() {
        assertProblem(siteOffice().contentType(ContentType.JSON).body("{\"kind\":\"OFF\",\"reason\":\"  \"}")
                .put(DAY).then(), 400).body("errors.field", hasItem("reason"));
        assertProblem(siteOffice().contentType(ContentType.JSON).body("{\"reason\":\"国庆节\"}")
                .put(DAY).then(), 400).body("errors.field", hasItem("kind"));
    }

    @Test
    void malformedJsonIsA400() {
        assertProblem(siteOffice().contentType(ContentType.JSON).body("{\"kind\": OFF").put(DAY).then(), 400)
                .body("errors.field", hasItem("body"));
    }

    @Test
    void anEmptyBodyIsA400() {
        assertProblem(siteOffice().contentType(ContentType.JSON).put(DAY).then(), 400);
    }

    @Test
    void aBadPathParameterIsNamed() {
        assertProblem(siteOffice().contentType(ContentType.JSON).body("{\"kind\":\"OFF\",\"reason\":\"x\"}")
                .put("/api/calendar/days/2031-02-30").then(), 400).body("errors.field", hasItem("date"));
        assertProblem(siteOffice().get("/api/calendar/deadline?start=yesterday&workingDays=2").then(), 400)
                .body("errors.field", hasItem("start"));
        assertProblem(siteOffice().get("/api/calendar/deadline?start=2026-01-05&workingDays=lots").then(), 400)
                .body("errors.field", hasItem("workingDays"));
    }

    @Test
    void anOversizeJsonBodyIs413() {
        String huge = "{\"kind\":\"OFF\",\"reason\":\"" + "长".repeat(600_000) + "\"}";
        assertProblem(siteOffice().contentType(ContentType.JSON).body(huge).put(DAY).then(), 413);
    }

    @Test
    void theWrongContentTypeIs415() {
        assertProblem(siteOffice().contentType(ContentType.TEXT).body("kind=OFF").put(DAY).then(), 415);
    }

    @Test
    void anUnknownApiPathIs404ForStaffAnd401ForNobody() {
        assertProblem(siteOffice().get("/api/no/such/thing").then(), 404);
        // Before signing in, an unknown path and a known one answer alike: nobody learns what exists.
        assertProblem(given().get("/api/no/such/thing").then(), 401);
        assertProblem(given().get("/api/public/no/such/thing").then(), 404);
    }

    @Test
    void anUnsupportedMethodIs405() {
        assertProblem(siteOffice().delete("/api/calendar/years/2026").then(), 405);
    }

    @Test
    void theRequestIdIsEchoedAndQuotedInTheProblem() {
        given().header("X-Request-Id", "trace-0123456789").get("/api/me").then().statusCode(401)
                .header("X-Request-Id", "trace-0123456789").body("requestId", equalTo("trace-0123456789"));
    }

    @Test
    void aHostileRequestIdIsReplaced() {
        given().header("X-Request-Id", "<script>alert(1)</script>").get("/api/me").then().statusCode(401)
                .body("requestId", org.hamcrest.Matchers.not(containsString("<")));
    }
}
