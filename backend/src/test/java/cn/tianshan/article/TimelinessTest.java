package cn.tianshan.article;

import static cn.tianshan.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.tianshan.testing.DemoUsers;
import cn.tianshan.testing.Flows;
import cn.tianshan.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/** Art. 18 per unit, as a site office uses it: on time and late, each late article with why it was due then, in xlsx. */
@QuarkusTest
class TimelinessTest {

    private static JsonPath report(String user, String unit) {
        var request = given().auth().oauth2(Tokens.of(user)).queryParam("from", "2026-02-01").queryParam("to", "2026-02-28");
        if (unit != null) {
            request.queryParam("unit", unit);
        }
        return request.get("/api/articles/timeliness").then().statusCode(200).extract().jsonPath();
    }

    private static long late(JsonPath report, String unit) {
        Object late = report.get("units.find { it.unitCode == '" + unit + "' }.late");
        return late == null ? 0 : ((Number) late).longValue();
    }

    @Test
    void aLateArticleCountsForItsUnitWithItsDueDateAndWhy() {
        long before = late(report(DemoUsers.SITE_OFFICE, null), "GLFZZX");
        Map<String, Object> old = Flows.article("POLICY", "春节前迟发的政策", Flows.POLICY_COLUMN);
        old.put("infoDate", "2026-02-13");
        long article = Flows.create(DemoUsers.EDITOR_AFFILIATED, old);
        Flows.submit(DemoUsers.EDITOR_AFFILIATED, article);
        Flows.passGovernmentChain(article);
        JsonPath after = report(DemoUsers.SITE_OFFICE, null);
        assertThat(late(after, "GLFZZX")).isEqualTo(before + 1);
        assertThat(after.getBoolean("allUnits")).isTrue();
        Map<String, Object> entry = after.getMap("late.find { it.id == " + article + " }");
        assertThat(entry.get("dueDate")).isEqualTo("2026-02-24");
        assertThat(entry.get("dueExplanation").toString()).contains("春节").contains("调休上班计入2月14日");
        assertThat(entry.get("unitName")).isEqualTo("公路事业发展中心");
    }

    @Test
    void aUnitSeesItsOwnFiguresTheSiteOfficeAndLeadersSeeEveryUnit() {
        Map<String, Object> overdue = Flows.article("NOTICE", "二月超期未发", Flows.HIGHWAY_COLUMN);
        overdue.put("infoDate", "2026-02-03");
        Flows.create(DemoUsers.EDITOR_AFFILIATED, overdue);
        JsonPath own = report(DemoUsers.EDITOR_AFFILIATED, null);
        assertThat(own.getBoolean("allUnits")).isFalse();
        assertThat(own.getList("units.unitCode", String.class)).containsOnly("GLFZZX");
        assertProblem(given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_AFFILIATED)).queryParam("from", "2026-02-01")
                .queryParam("to", "2026-02-28").queryParam("unit", "ZCFGC").get("/api/articles/timeliness").then(), 403)
                .body("detail", equalTo("您只能查看本单位（公路事业发展中心）的时效统计"));
        assertThat(report(DemoUsers.LEADER, null).getBoolean("allUnits")).isTrue();
        assertThat(report(DemoUsers.SITE_OFFICE, "GLFZZX").getList("units.unitCode", String.class)).containsOnly("GLFZZX");
        assertProblem(given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).queryParam("from", "2026-03-01")
                .queryParam("to", "2026-02-01").get("/api/articles/timeliness").then(), 400);
    }

    @Test
    void theReportExportsAsAWorkbook() throws Exception {
        Map<String, Object> old = Flows.article("POLICY", "导出的迟发政策", Flows.POLICY_COLUMN);
        old.put("infoDate", "2026-02-02");
        long article = Flows.create(DemoUsers.EDITOR_AFFILIATED, old);
        Flows.submit(DemoUsers.EDITOR_AFFILIATED, article);
        Flows.passGovernmentChain(article);
        var response = given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).queryParam("from", "2026-02-01")
                .queryParam("to", "2026-02-28").get("/api/articles/timeliness/export").then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").extract();
        assertThat(response.header("Content-Disposition")).contains("filename*=UTF-8''");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("按单位统计", "迟发与超期信息");
            List<Row> summary = sheets.get(0).read();
            assertThat(summary.get(1).getCellText(0)).isEqualTo("单位");
            assertThat(summary.stream().map(r -> r.getCellText(0)).collect(Collectors.toList())).contains("公路事业发展中心");
            List<Row> details = sheets.get(1).read();
            assertThat(details.stream().map(r -> r.getCellText(1)).collect(Collectors.toList())).contains("导出的迟发政策");
        }
    }
}
