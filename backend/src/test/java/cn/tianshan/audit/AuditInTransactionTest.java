package cn.tianshan.audit;

import static cn.tianshan.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.tianshan.testing.DemoUsers;
import cn.tianshan.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * An audit trail that never fails open: when the audit record of an action cannot be written, the action fails
 * with a 503 and nothing changes. The insert is made to fail by a trigger on exactly this test's target.
 */
@QuarkusTest
class AuditInTransactionTest {

    private static final String DAY = "2031-03-17";

    @Inject
    DataSource dataSource;

    @Test
    void anActionWhoseAuditRecordCannotBeWrittenDoesNotHappen() throws Exception {
        String office = Tokens.of(DemoUsers.SITE_OFFICE);
        Map<String, Object> change = Map.of("kind", "OFF", "reason", "审计故障演练");
        execute("DROP TRIGGER IF EXISTS test_audit_insert_fails");
        execute("CREATE TRIGGER test_audit_insert_fails BEFORE INSERT ON audit_record FOR EACH ROW "
                + "BEGIN IF NEW.target_id = '" + DAY + "' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit store down (test)'; END IF; END");
        try {
            assertProblem(given().auth().oauth2(office).contentType(ContentType.JSON).body(change).put("/api/calendar/days/" + DAY).then(), 503)
                    .body("title", equalTo("审计记录无法写入")).body("type", equalTo("https://tianshan.cn/problems/audit-unavailable"));
            given().auth().oauth2(office).get("/api/calendar/days/" + DAY).then().statusCode(200).body("workingDay", equalTo(true));
            assertThat(count("SELECT COUNT(*) FROM calendar_day WHERE day = '" + DAY + "'")).isZero();
        } finally {
            execute("DROP TRIGGER IF EXISTS test_audit_insert_fails");
        }
        String recorded = "SELECT COUNT(*) FROM audit_record WHERE target_id = '" + DAY + "' AND outcome = 'SUCCESS' "
                + "AND action = 'calendar.day.set' AND username = 'sun.li'";
        long before = count(recorded);
        given().auth().oauth2(office).contentType(ContentType.JSON).body(change).put("/api/calendar/days/" + DAY).then().statusCode(200);
        try {
            assertThat(count(recorded)).isEqualTo(before + 1);
            given().auth().oauth2(Tokens.of(DemoUsers.AUDITOR)).get("/api/audit/verification").then().statusCode(200)
                    .body("intact", equalTo(true));
        } finally {
            given().auth().oauth2(office).delete("/api/calendar/days/" + DAY).then().statusCode(204);
        }
    }

    private void execute(String sql) throws Exception {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private long count(String sql) throws Exception {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement(); var rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
