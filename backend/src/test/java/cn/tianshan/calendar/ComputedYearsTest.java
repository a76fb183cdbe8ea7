package cn.tianshan.calendar;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.tianshan.testing.DemoUsers;
import cn.tianshan.testing.Flows;
import cn.tianshan.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A calendar that knows the years ahead, and every open due date that follows it when it changes. */
@QuarkusTest
class ComputedYearsTest {

    private static JsonPath day(String date) {
        return given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_DEPARTMENT)).get("/api/calendar/days/" + date).then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void eachDaySaysWhetherItsYearIsAnnouncedComputedOrUnknown() {
        assertThat(day("2026-10-08").getString("schedule")).isEqualTo("ANNOUNCED");
        JsonPath newYear = day("2027-01-01");
        assertThat(newYear.getBoolean("workingDay")).isFalse();
        assertThat(newYear.getString("schedule")).isEqualTo("COMPUTED");
        assertThat(newYear.getString("reason")).isEqualTo("元旦（法定节假日）");
        assertThat(day("2027-02-05").getString("reason")).isEqualTo("春节（法定节假日）");
        assertThat(day("2013-05-06").getString("schedule")).isEqualTo("UNKNOWN");
    }

    @Test
    void aDeadlineIntoAComputedYearSkipsItsHolidaysAndIsProvisional() {
        given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_DEPARTMENT)).queryParam("start", "2026-12-30").queryParam("workingDays", 2)
                .get("/api/calendar/deadline").then().statusCode(200)
                .body("due", equalTo("2027-01-04")).body("provisional", equalTo(true))
                .body("provisionalYears", equalTo(List.of(2027)))
                .body("summary", containsString("元旦（法定节假日）")).body("summary", containsString("暂定：2027年节假日安排尚未公布"));
    }

    @Test
    void aYearsViewShowsTheStatutoryDaysOfAComputedYearAndTheNoticeOfAnAnnouncedOne() {
        given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).get("/api/calendar/years/2027").then().statusCode(200)
                .body("status", equalTo("COMPUTED")).body("scheduled", equalTo(false))
                .body("statutoryDays.festival", org.hamcrest.Matchers.hasItems("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"));
        given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).get("/api/calendar/years/2026").then()
                .body("status", equalTo("ANNOUNCED")).body("statutoryDays", equalTo(List.of()));
    }

    @Test
    void importingAYearMakesItAnnounced() {
        String office = Tokens.of(DemoUsers.SITE_OFFICE);
        int year = 2040;
        while (!"COMPUTED".equals(day(year + "-03-01").getString("schedule"))) {
            year++;
        }
        given().auth().oauth2(office).contentType(ContentType.JSON).body(Map.of("year", year, "region", "",
                        "notice", "国务院办公厅关于" + year + "年部分节假日安排的通知（测试）",
                        "holidays", List.of(Map.of("name", "劳动节", "from", year + "-05-01", "to", year + "-05-05")),
                        "makeupWorkdays", List.of()))
                .post("/api/calendar/imports").then().statusCode(200);
        given().auth().oauth2(office).get("/api/calendar/days/" + year + "-05-04").then()
                .body("schedule", equalTo("ANNOUNCED")).body("workingDay", equalTo(false));
        given().auth().oauth2(office).get("/api/calendar/years/" + year).then().body("status", equalTo("ANNOUNCED"))
                .body("notice", equalTo("国务院办公厅关于" + year + "年部分节假日安排的通知（测试）")).body("importedByName", equalTo("孙丽"));
    }

    @Test
    void theOutlookWarnsTheSiteOfficeFromNovemberUntilNextYearIsImported() {
        JsonPath outlook = given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).get("/api/calendar/outlook").then().statusCode(200)
                .extract().jsonPath();
        LocalDate today = LocalDate.parse(outlook.getString("today"));
        assertThat(outlook.getInt("nextYear.year")).isEqualTo(today.getYear() + 1);
        boolean expected = today.getMonthValue() >= 11 && !"ANNOUNCED".equals(outlook.getString("nextYear.status"));
        assertThat(outlook.getString("warning") != null).isEqualTo(expected);
    }

    @Test
    void editingADayMovesEveryOpenDueDateOverItRecordsTheMoveAndTellsTheAuthor() {
        String office = Tokens.of(DemoUsers.SITE_OFFICE);
        LocalDate infoDate = Flows.today();
        long article;
        LocalDate due;
        while (true) {
            Map<String, Object> body = Flows.article("NOTICE", "日历变动" + infoDate, Flows.HIGHWAY_COLUMN);
            body.put("infoDate", infoDate.toString());
            article = Flows.create(DemoUsers.EDITOR_AFFILIATED, body);
            due = LocalDate.parse(Flows.get(DemoUsers.EDITOR_AFFILIATED, article).getString("dueDate"));
            if ("WEEKDAY".equals(day(due.toString()).getString("source"))) {
                break;
            }
            infoDate = infoDate.minusDays(1);
        }
        Flows.submit(DemoUsers.EDITOR_AFFILIATED, article);
        given().auth().oauth2(office).contentType(ContentType.JSON).body(Map.of("kind", "OFF", "reason", "临时调整（测试）"))
                .put("/api/calendar/days/" + due).then().statusCode(200);
        try {
            JsonPath moved = Flows.get(DemoUsers.EDITOR_AFFILIATED, article);
            LocalDate newDue = LocalDate.parse(moved.getString("dueDate"));
            assertThat(newDue).isAfter(due);
            assertThat(moved.getString("dueExplanation")).contains("临时调整（测试）");
            assertThat(moved.getString("dueDateHistory[-1].previousDue")).isEqualTo(due.toString());
            assertThat(moved.getString("dueDateHistory[-1].newDue")).isEqualTo(newDue.toString());
            assertThat(moved.getString("dueDateHistory[-1].reason")).isEqualTo("孙丽将" + due + "设为休息日（临时调整（测试））");
            assertThat(moved.getString("activeRun.dueDate")).isEqualTo(newDue.toString());
            final LocalDate was = due;
            assertThat(Flows.notifications(DemoUsers.EDITOR_AFFILIATED)).anySatisfy(n ->
                    assertThat(n.get("title")).isEqualTo("发布时限变动：由 " + was + " 改为 " + newDue));
        } finally {
            given().auth().oauth2(office).delete("/api/calendar/days/" + due).then().statusCode(204);
        }
        JsonPath restored = Flows.get(DemoUsers.EDITOR_AFFILIATED, article);
        assertThat(restored.getString("dueDate")).isEqualTo(due.toString());
        assertThat(restored.getList("dueDateHistory")).hasSize(2);
    }
}
