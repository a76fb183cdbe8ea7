package cn.tianshan.audit;

import static cn.tianshan.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import cn.tianshan.testing.DemoUsers;
import cn.tianshan.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditLogTest {

    @Inject
    DataSource dataSource;

    private static String auditor() {
        return Tokens.of(DemoUsers.AUDITOR);
    }

    /** Denials answered before the request reaches a worker thread are written just after the response. */
    private static Map<String, Object> recordOf(String requestId) {
        for (int attempt = 0; attempt < 50; attempt++) {
            List<Map<String, Object>> records = given().auth().oauth2(auditor()).queryParam("size", 200)
                    .get("/api/audit/records").then().statusCode(200).extract().jsonPath().getList("records");
            var found = records.stream().filter(r -> requestId.equals(r.get("requestId")))
                    .filter(r -> !"auth.login".equals(r.get("action"))).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("no audit record for request " + requestId);
    }

    @Test
    void aStateChangingRequestLeavesOneCompleteRecord() {
        String requestId = "audit-" + UUID.randomUUID();
        given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).header("X-Request-Id", requestId).contentType(ContentType.JSON)
                .body("{\"kind\":\"OFF\",\"reason\":\"审计测试\"}").put("/api/calendar/days/2032-05-03").then().statusCode(200);
        Map<String, Object> record = recordOf(requestId);
        assertThat(record).containsEntry("username", "sun.li").containsEntry("unitCode", "BGS")
                .containsEntry("roles", "site-office").containsEntry("action", "calendar.day.set")
                .containsEntry("targetType", "calendar-day").containsEntry("targetId", "2032-05-03")
                .containsEntry("outcome", "SUCCESS").containsEntry("httpStatus", 200);
        assertThat((String) record.get("clientAddress")).isNotBlank();
        assertThat((String) record.get("hash")).hasSize(64);
    }

    @Test
    void aDenialIsRecorded() {
        String requestId = "denied-" + UUID.randomUUID();
        given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_AFFILIATED)).header("X-Request-Id", requestId)
                .get("/api/audit/records").then().statusCode(403);
        Map<String, Object> record = recordOf(requestId);
        assertThat(record).containsEntry("username", "zhang.wei").containsEntry("outcome", "FAILURE").containsEntry("httpStatus", 403);
    }

    @Test
    void aFailedValidationIsRecordedWithTheFieldNamesButNotTheValues() {
        String requestId = "invalid-" + UUID.randomUUID();
        given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).header("X-Request-Id", requestId).contentType(ContentType.JSON)
                .body("{\"kind\":\"OFF\",\"reason\":\"机密内容-不应出现在审计里\",\"secretField\":\"x\"}")
                .put("/api/calendar/days/2032-05-04").then().statusCode(400);
        Map<String, Object> record = recordOf(requestId);
        assertThat(record).containsEntry("outcome", "FAILURE").containsEntry("httpStatus", 400);
        assertThat((String) record.get("error")).contains("secretField").doesNotContain("机密内容");
    }

    @Test
    void aRejectedTokenIsRecorded() {
        String requestId = "forged-" + UUID.randomUUID();
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln").header("X-Request-Id", requestId)
                .get("/api/me").then().statusCode(401);
        assertThat(recordOf(requestId)).containsEntry("action", "auth.token-rejected").containsEntry("outcome", "FAILURE");
    }

    @Test
    void theFirstRequestOfALoginIsRecordedOnce() {
        String token = Tokens.freshSession(DemoUsers.TECH_OPS);
        String first = "login-" + UUID.randomUUID();
        given().auth().oauth2(token).header("X-Request-Id", first).get("/api/me").then().statusCode(200);
        given().auth().oauth2(token).get("/api/me").then().statusCode(200);
        List<Map<String, Object>> logins = given().auth().oauth2(auditor()).queryParam("action", "auth.login")
                .queryParam("username", "zhou.tao").queryParam("size", 200).get("/api/audit/records").then().statusCode(200)
                .extract().jsonPath().getList("records");
        assertThat(logins.stream().filter(r -> first.equals(r.get("requestId")))).hasSize(1);
    }

    @Test
    void onlyTheAuditorReadsTheLog() {
        assertProblem(given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).get("/api/audit/records").then(), 403);
        assertProblem(given().auth().oauth2(Tokens.of(DemoUsers.SECURITY_ADMIN)).get("/api/audit/records").then(), 403);
        assertProblem(given().get("/api/audit/records").then(), 401);
    }

    @Test
    void theAuditorSearchesByUserUnitActionAndTime() {
        given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).contentType(ContentType.JSON)
                .body("{\"kind\":\"OFF\",\"reason\":\"检索测试\"}").put("/api/calendar/days/2032-05-05").then().statusCode(200);
        JsonPath found = given().auth().oauth2(auditor()).queryParam("username", "sun.li").queryParam("unit", "BGS")
                .queryParam("action", "calendar.").queryParam("from", "2000-01-01").queryParam("to", "2100-01-01")
                .get("/api/audit/records").then().statusCode(200).extract().jsonPath();
        assertThat(found.getList("records.username", String.class)).isNotEmpty().containsOnly("sun.li");
        assertThat(found.getList("records.action", String.class)).allMatch(a -> a.startsWith("calendar."));
        given().auth().oauth2(auditor()).queryParam("from", "2000-01-01").queryParam("to", "2000-01-02")
                .get("/api/audit/records").then().body("total", equalTo(0));
        assertProblem(given().auth().oauth2(auditor()).queryParam("from", "last week").get("/api/audit/records").then(), 400);
    }

    @Test
    void theAuditorExportsCsvAndTheExportIsItselfAudited() {
        String csv = given().auth().oauth2(auditor()).queryParam("username", "sun.li").get("/api/audit/records/export")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertThat(csv).startsWith("\uFEFF序号,时间,姓名,账号,单位");
        assertThat(csv.lines().skip(1)).allMatch(line -> line.contains(",孙丽,sun.li,"));
        given().auth().oauth2(auditor()).queryParam("action", "audit.export").get("/api/audit/records")
                .then().body("records[0].username", equalTo("qian.jing")).body("records[0].actorName", equalTo("钱静"));
    }

    @Test
    void theAuditorExportsTheLastSixMonthsInOneFile() {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        long total = given().auth().oauth2(auditor()).queryParam("from", today.minusMonths(6).toString())
                .queryParam("to", today.plusDays(1).toString()).get("/api/audit/records").then().extract().jsonPath().getLong("total");
        String csv = given().auth().oauth2(auditor()).queryParam("from", today.minusMonths(6).toString())
                .queryParam("to", today.plusDays(1).toString()).get("/api/audit/records/export")
                .then().statusCode(200).extract().asString();
        assertThat(csv.lines().count() - 1).isGreaterThanOrEqualTo(total).isPositive();
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteARecord() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE audit_record SET action = 'forged' WHERE seq = 1"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM audit_record WHERE seq = 1"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
    }

    @Test
    void verificationFindsARowTamperedWithDirectlyInTheDatabase() throws SQLException {
        given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).contentType(ContentType.JSON)
                .body("{\"kind\":\"OFF\",\"reason\":\"篡改测试\"}").put("/api/calendar/days/2032-05-06").then().statusCode(200);
        given().auth().oauth2(auditor()).get("/api/audit/verification").then().statusCode(200).body("intact", equalTo(true));
        long victim = given().auth().oauth2(auditor()).queryParam("action", "calendar.day.set").get("/api/audit/records")
                .then().extract().jsonPath().getLong("records[0].seq");
        String original;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            var rs = statement.executeQuery("SELECT username FROM audit_record WHERE seq = " + victim);
            rs.next();
            original = rs.getString(1);
            // What an attacker with database rights would do: lift the guard, rewrite history, put the guard back.
            tamper(statement, "UPDATE audit_record SET username = 'someone.else' WHERE seq = " + victim);
        }
        try {
            given().auth().oauth2(auditor()).get("/api/audit/verification").then().statusCode(200)
                    .body("intact", equalTo(false))
                    .body("firstBrokenSeq", equalTo((int) victim))
                    .body("problem", org.hamcrest.Matchers.containsString("在写入后被改动过"));
        } finally {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                tamper(statement, "UPDATE audit_record SET username = '" + original + "' WHERE seq = " + victim);
            }
        }
        given().auth().oauth2(auditor()).get("/api/audit/verification").then().body("intact", equalTo(true));
    }

    private static void tamper(Statement statement, String sql) throws SQLException {
        statement.execute("DROP TRIGGER audit_record_no_update");
        try {
            statement.executeUpdate(sql);
        } finally {
            statement.execute("CREATE TRIGGER audit_record_no_update BEFORE UPDATE ON audit_record FOR EACH ROW "
                    + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_record is append-only: UPDATE refused'");
        }
    }
}
