package cn.tianshan.calendar;

import static cn.tianshan.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import cn.tianshan.testing.DemoUsers;
import cn.tianshan.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CalendarResourceTest {

    private static RequestSpecification siteOffice() {
        return given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE));
    }

    private static String file(String name) throws IOException {
        try (InputStream in = CalendarResourceTest.class.getResourceAsStream("/calendar/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void staffSeeAYearOfTheOfficialSchedule() {
        given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_AFFILIATED)).get("/api/calendar/years/2026").then().statusCode(200)
                .body("scheduled", equalTo(true))
                .body("siteRegion", equalTo("65"))
                .body("days.findAll { it.kind == 'WORK' && it.region == '' }.date",
                        hasItems("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"))
                .body("days.findAll { it.reason == '春节' && it.kind == 'OFF' }", hasSize(9));
    }

    @Test
    void theSiteOfficeMarksAndRemovesADayAndDeadlinesFollow() {
        String before = siteOffice().get("/api/calendar/deadline?start=2028-06-05&workingDays=1").then().statusCode(200)
                .extract().path("due");
        org.assertj.core.api.Assertions.assertThat(before).isEqualTo("2028-06-06");
        siteOffice().contentType(ContentType.JSON)
                .body("{\"kind\":\"OFF\",\"reason\":\"自治区纪念日𠮷\",\"notice\":\"新政办发〔2028〕1号\",\"region\":\"65\"}")
                .put("/api/calendar/days/2028-06-06").then().statusCode(200)
                .body("reason", equalTo("自治区纪念日𠮷")).body("region", equalTo("65")).body("updatedBy", equalTo("sun.li"));
        siteOffice().get("/api/calendar/deadline?start=2028-06-05&workingDays=1").then().statusCode(200)
                .body("due", equalTo("2028-06-07"))
                .body("skipped.reason", hasItem("自治区纪念日𠮷"));
        siteOffice().delete("/api/calendar/days/2028-06-06?region=65").then().statusCode(204);
        siteOffice().get("/api/calendar/deadline?start=2028-06-05&workingDays=1").then().body("due", equalTo("2028-06-06"));
        assertProblem(siteOffice().delete("/api/calendar/days/2028-06-06?region=65").then(), 404);
    }

    @Test
    void aMakeUpWorkingDayMustBeAWeekend() {
        assertProblem(siteOffice().contentType(ContentType.JSON).body("{\"kind\":\"WORK\",\"reason\":\"调休\"}")
                .put("/api/calendar/days/2028-06-07").then(), 400).body("errors.field", hasItem("kind"));
    }

    @Test
    void anotherRegionIsRefused() {
        assertProblem(siteOffice().contentType(ContentType.JSON).body("{\"kind\":\"OFF\",\"reason\":\"x\",\"region\":\"44\"}")
                .put("/api/calendar/days/2028-06-08").then(), 400).body("errors.field", hasItem("region"));
    }

    @Test
    void onlyTheSiteOfficeChangesTheCalendar() {
        assertProblem(given().auth().oauth2(Tokens.of(DemoUsers.TECH_OPS)).contentType(ContentType.JSON)
                .body("{\"kind\":\"OFF\",\"reason\":\"x\"}").put("/api/calendar/days/2028-06-09").then(), 403);
        assertProblem(given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_DEPARTMENT)).contentType(ContentType.JSON)
                .body("{\"year\":2029,\"holidays\":[],\"makeupWorkdays\":[]}").post("/api/calendar/imports").then(), 403);
    }

    @Test
    @Order(1)
    void aYearIsImportedFromItsScheduleFile() throws IOException {
        siteOffice().contentType(ContentType.JSON).body(file("schedule-2029.json")).post("/api/calendar/imports").then()
                .statusCode(200)
                .body("offDays", equalTo(17)).body("makeupWorkdays", equalTo(2));
        siteOffice().get("/api/calendar/years/2029").then().body("scheduled", equalTo(true));
        // Fri 2029-02-09 + 2: Sat 02-10 make-up (1), 02-12..18 off, Mon 02-19 (2)
        siteOffice().get("/api/calendar/deadline?start=2029-02-09&workingDays=2").then().body("due", equalTo("2029-02-19"));
        // 元旦 of the 2029 schedule starts on 2028-12-30
        siteOffice().get("/api/calendar/days/2028-12-30").then().body("workingDay", equalTo(false)).body("reason", equalTo("元旦"));
    }

    @Test
    @Order(2)
    void aFileWithAnyWrongEntryChangesNothingAndNamesEveryProblem() throws IOException {
        assertProblem(siteOffice().contentType(ContentType.JSON).body(file("schedule-2029-with-errors.json"))
                .post("/api/calendar/imports").then(), 400)
                .body("errors.field", hasItems("holidays[1].to", "holidays[3].to", "holidays[4]",
                        "makeupWorkdays[0].date", "makeupWorkdays[1].date", "makeupWorkdays[2].date"));
        siteOffice().get("/api/calendar/deadline?start=2029-02-09&workingDays=2").then().body("due", equalTo("2029-02-19"));
        siteOffice().get("/api/calendar/days/2029-05-02").then().body("workingDay", equalTo(true));
    }

    @Test
    @Order(3)
    void anUnreadableDateInTheFileIsNamed() {
        assertProblem(siteOffice().contentType(ContentType.JSON)
                .body("{\"year\":2029,\"holidays\":[{\"name\":\"元旦\",\"from\":\"2029-01-01\",\"to\":\"2029-01-01\"},"
                        + "{\"name\":\"春节\",\"from\":\"2029-02-31\",\"to\":\"2029-02-18\"}],\"makeupWorkdays\":[]}")
                .post("/api/calendar/imports").then(), 400)
                .body("errors.field", hasItem("holidays[1].from"));
    }

    @Test
    @Order(4)
    void reImportingAYearReplacesItsSchedule() {
        siteOffice().contentType(ContentType.JSON)
                .body("{\"year\":2029,\"notice\":\"更正\",\"holidays\":[{\"name\":\"春节\",\"from\":\"2029-02-13\",\"to\":\"2029-02-19\"}],"
                        + "\"makeupWorkdays\":[]}")
                .post("/api/calendar/imports").then().statusCode(200).body("replacedEntries", equalTo(19));
        siteOffice().get("/api/calendar/days/2029-02-10").then().body("source", equalTo("WEEKEND"));
        siteOffice().get("/api/calendar/days/2029-10-01").then().body("workingDay", equalTo(true));
        siteOffice().get("/api/calendar/days/2029-02-19").then().body("reason", equalTo("春节"));
    }

    @Test
    void bulkValidationNamesNestedFields() {
        assertProblem(siteOffice().contentType(ContentType.JSON)
                .body("{\"year\":1999,\"holidays\":[{\"name\":\"\",\"from\":\"2029-01-01\",\"to\":\"2029-01-01\"}],\"makeupWorkdays\":[]}")
                .post("/api/calendar/imports").then(), 400)
                .body("errors.field", hasItems("year", "holidays[0].name"));
    }

    @Test
    void deadlinesAndSpansExplainThemselves() {
        given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_AFFILIATED))
                .get("/api/calendar/deadline?start=2025-09-26&workingDays=7").then().statusCode(200)
                .body("due", equalTo("2025-10-13"))
                .body("makeupDaysCounted.date", hasItems("2025-09-28", "2025-10-11"));
        given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_AFFILIATED))
                .get("/api/calendar/span?from=2026-04-30&to=2026-05-08").then().statusCode(200)
                .body("workingDays", equalTo(3));
        assertProblem(given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_AFFILIATED))
                .get("/api/calendar/span?from=2026-05-08&to=2026-04-30").then(), 400).body("errors.field", hasItem("to"));
    }
}
