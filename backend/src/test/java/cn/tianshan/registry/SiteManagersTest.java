package cn.tianshan.registry;

import static cn.tianshan.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;

import cn.tianshan.testing.DemoUsers;
import cn.tianshan.testing.Flows;
import cn.tianshan.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Annex 1: filed by the unit, signed by its head, effective-dated, kept by the technical department with its gaps. */
@QuarkusTest
class SiteManagersTest {

    static Map<String, Object> entry(String key, String username, String name, String mobile) {
        return new java.util.HashMap<>(Map.of("subjectKey", key, "managerUsername", username == null ? "" : username,
                "managerName", name, "officePhone", "0991-2345678", "mobile", mobile, "email", "manager@jtyst.example.gov.cn"));
    }

    static ValidatableResponse file(String who, LocalDate from, List<Map<String, Object>> entries) {
        return given().auth().oauth2(Tokens.of(who)).contentType(ContentType.JSON)
                .body(Map.of("effectiveFrom", from.toString(), "entries", entries)).post("/api/site-managers/filings").then();
    }

    static void sign(String head, long filing) {
        List<Map<String, Object>> tasks = given().auth().oauth2(Tokens.of(head)).get("/api/site-managers/filings/" + filing).then()
                .statusCode(200).extract().jsonPath().getList("activeRun.tasks");
        long task = tasks.stream().filter(t -> "IN_PROGRESS".equals(t.get("status"))).map(t -> ((Number) t.get("id")).longValue())
                .findFirst().orElseThrow();
        Flows.approve(head, task).statusCode(200);
    }

    static JsonPath places(String who, String unit, LocalDate on) {
        return given().auth().oauth2(Tokens.of(who)).queryParam("unit", unit).queryParam("on", on.toString())
                .get("/api/site-managers").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aSignedFilingTakesEffectAndThePastStaysAnswerable() {
        LocalDate first = LocalDate.of(2031, 3, 1).plusDays(System.nanoTime() % 300);
        LocalDate second = first.plusDays(20);
        String earlier = "甲" + System.nanoTime() % 100000;
        String later = "乙" + System.nanoTime() % 100000;
        long filing = file(DemoUsers.EDITOR_AFFILIATED, first, List.of(entry("mailbox", null, earlier, "13800000001")))
                .statusCode(200).extract().jsonPath().getLong("filing.id");
        assertThat(places(DemoUsers.TECH_OPS, "GLFZZX", first).getString("find { it.subjectKey == 'mailbox' }.manager.managerName"))
                .as("not effective before the unit head signs").isNotEqualTo(earlier);
        assertProblem(Flows.approve(DemoUsers.UNIT_HEAD_DEPARTMENT, given().auth().oauth2(Tokens.of(DemoUsers.UNIT_HEAD_AFFILIATED))
                .get("/api/site-managers/filings/" + filing).then().extract().jsonPath().getLong("activeRun.tasks[0].id")), 403);

        // the later filing is signed first: the earlier one still ends the day before the later one starts
        long laterFiling = file(DemoUsers.EDITOR_AFFILIATED, second, List.of(entry("mailbox", null, later, "13800000002")))
                .statusCode(200).extract().jsonPath().getLong("filing.id");
        sign(DemoUsers.UNIT_HEAD_AFFILIATED, laterFiling);
        sign(DemoUsers.UNIT_HEAD_AFFILIATED, filing);

        JsonPath onFirst = places(DemoUsers.TECH_OPS, "GLFZZX", first.plusDays(5));
        assertThat(onFirst.getString("find { it.subjectKey == 'mailbox' }.manager.managerName")).isEqualTo(earlier);
        assertThat(onFirst.getString("find { it.subjectKey == 'mailbox' }.manager.effectiveTo")).isEqualTo(second.minusDays(1).toString());
        assertThat(places(DemoUsers.TECH_OPS, "GLFZZX", second).getString("find { it.subjectKey == 'mailbox' }.manager.managerName"))
                .isEqualTo(later);
        assertThat(places(DemoUsers.EDITOR_AFFILIATED, "GLFZZX", second).getList("unitName", String.class)).containsOnly("公路事业发展中心");
        assertProblem(given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_AFFILIATED)).queryParam("unit", "ZCFGC")
                .get("/api/site-managers").then(), 403);
    }

    @Test
    void theTechnicalDepartmentSeesGapsAndDisabledAccountsAndExportsAWorkbook() throws Exception {
        LocalDate from = LocalDate.of(2036, 1, 1);
        long filing = file(DemoUsers.EDITOR_AFFILIATED, from, List.of(entry("mailbox", "former.editor", "", "13800000009")))
                .statusCode(200).extract().jsonPath().getLong("filing.id");
        sign(DemoUsers.UNIT_HEAD_AFFILIATED, filing);
        JsonPath gaps = given().auth().oauth2(Tokens.of(DemoUsers.TECH_OPS)).queryParam("on", from.toString())
                .get("/api/site-managers/gaps").then().statusCode(200).extract().jsonPath();
        assertThat(gaps.getList("disabledAccounts.manager.managerName", String.class)).contains("郭晓明");
        // long before anyone filed, every place was a gap
        JsonPath before = given().auth().oauth2(Tokens.of(DemoUsers.TECH_OPS)).queryParam("on", "2000-01-01")
                .get("/api/site-managers/gaps").then().statusCode(200).extract().jsonPath();
        assertThat(before.getList("missing.findAll { it.unitCode == 'ZCFGC' }.subjectName", String.class)).contains("政务公开 / 政策文件");
        assertThat(before.getList("missing.categoryLabel", String.class)).contains("厅网站栏目", "领导信箱");
        given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_AFFILIATED)).get("/api/site-managers/gaps").then().statusCode(403);

        byte[] xlsx = given().auth().oauth2(Tokens.of(DemoUsers.TECH_OPS)).queryParam("on", from.toString())
                .get("/api/site-managers/export").then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("管理人员备案");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("管理人员");
            boolean found = false;
            int blanks = 0;
            for (Row row : sheet) {
                if (row.getRowNum() < 2) {
                    continue;
                }
                String unit = row.getCell(0).getStringCellValue();
                String manager = row.getCell(3).getStringCellValue();
                found |= unit.equals("公路事业发展中心") && manager.equals("郭晓明（账号已停用）")
                        && row.getCell(5).getStringCellValue().equals("13800000009");
                blanks += manager.equals("（未备案）") ? 1 : 0;
            }
            assertThat(found).isTrue();
            assertThat(blanks).isEqualTo(gaps.getList("missing").size());
        }
    }

    @Test
    void theTechnicalDepartmentEntersASignedPaperFormOfAUnitWithoutAccounts() {
        LocalDate from = LocalDate.of(2033, 5, 1).plusDays(System.nanoTime() % 200);
        Map<String, Object> paper = Map.of("effectiveFrom", from.toString(), "unitCode", "JSGLJ", "signedOnPaper", true,
                "entries", List.of(entry("mailbox", null, "韩梅", "13800000011")));
        given().auth().oauth2(Tokens.of(DemoUsers.TECH_OPS)).contentType(ContentType.JSON).body(paper)
                .post("/api/site-managers/filings").then().statusCode(200)
                .body("filing.status", org.hamcrest.Matchers.equalTo("SIGNED")).body("filing.signedOnPaper", org.hamcrest.Matchers.equalTo(true));
        assertThat(places(DemoUsers.TECH_OPS, "JSGLJ", from).getString("find { it.subjectKey == 'mailbox' }.manager.managerName"))
                .isEqualTo("韩梅");
        assertProblem(given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_AFFILIATED)).contentType(ContentType.JSON).body(paper)
                .post("/api/site-managers/filings").then(), 403);
    }

    @Test
    void badFilingsGetAProblemNamingTheField() {
        LocalDate from = LocalDate.of(2030, 6, 1);
        assertProblem(file(DemoUsers.EDITOR_AFFILIATED, from, List.of(entry("column:999999", null, "某人", "13800000001"),
                entry("mailbox", DemoUsers.EDITOR_DEPARTMENT, "", "13800000001"))), 400)
                .body("errors.field", hasItems("entries[0].subjectKey", "entries[1].managerUsername"));
        Map<String, Object> badPhone = entry("mailbox", null, "某人", "1380");
        assertProblem(file(DemoUsers.EDITOR_AFFILIATED, from, List.of(badPhone)), 400).body("errors.field", hasItems("entries[0].mobile"));
        assertProblem(file(DemoUsers.EDITOR_AFFILIATED, from, List.of()), 400);
        assertProblem(file(DemoUsers.TECH_OPS, from, List.of(entry("mailbox", null, "某人", "13800000001"))), 403);
        assertProblem(given().auth().oauth2(Tokens.of(DemoUsers.TECH_OPS)).queryParam("on", "2026-02-30").get("/api/site-managers").then(), 400);
    }
}
