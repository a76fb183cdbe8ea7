package cn.tianshan.deadline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.tianshan.calendar.WorkingDays;
import cn.tianshan.testing.DemoUsers;
import cn.tianshan.testing.Flows;
import cn.tianshan.testing.PublicIntake;
import cn.tianshan.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Reminders and the escalation ladder with a fixed clock, run by two scheduler instances at once. */
@QuarkusTest
class DeadlineWatchTest {

    @Inject
    DeadlineWatch watch;
    @Inject
    WorkingDays workingDays;

    private void twoNodesWatch(LocalDateTime now) throws Exception {
        ExecutorService two = Executors.newFixedThreadPool(2);
        Callable<List<String>> run = () -> watch.watch(now);
        for (Future<List<String>> f : two.invokeAll(List.of(run, run))) {
            f.get();
        }
        two.shutdown();
    }

    private static JsonPath letter(long id) {
        return given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).get("/api/mailbox-messages/" + id).then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void aLetterIsRemindedThenClimbsTheLadderOnceEachWithTwoNodes() throws Exception {
        long id = ((Number) PublicIntake.write("阶梯督办").get("id")).longValue();
        LocalDate due = LocalDate.parse(letter(id).getString("clock.dueOn"));

        twoNodesWatch(due.atTime(9, 0));
        assertThat(letter(id).getList("clock.alerts.rung", String.class)).containsExactly("REMINDER");
        assertThat(Flows.notifications(DemoUsers.TECH_OPS)).anySatisfy(n -> assertThat((String) n.get("title")).contains("阶梯督办").contains("即将到期"));

        given().auth().oauth2(Tokens.of(DemoUsers.TECH_OPS)).contentType(ContentType.JSON).body(Map.of("unitCode", "AQJDC"))
                .post("/api/mailbox-messages/" + id + "/dispatch").then().statusCode(200);
        LocalDate oneLate = workingDays.add(due, 1).due();
        twoNodesWatch(oneLate.atTime(9, 0));
        twoNodesWatch(oneLate.atTime(10, 0));
        assertThat(letter(id).getList("clock.alerts.rung", String.class)).containsExactly("REMINDER", "HANDLER_AND_HEAD");
        assertThat(Flows.notifications(DemoUsers.MAILBOX_HEAD)).anySatisfy(n -> assertThat((String) n.get("title")).contains("阶梯督办").contains("已超期"));

        twoNodesWatch(workingDays.add(due, 2).due().atTime(9, 0));
        assertThat(letter(id).getList("clock.alerts.rung", String.class)).containsExactly("REMINDER", "HANDLER_AND_HEAD", "LEADER");
        assertThat(letter(id).getList("clock.alerts.recipients", String.class).get(2)).isEqualTo("杨帆");

        twoNodesWatch(workingDays.add(due, 5).due().atTime(9, 0));
        twoNodesWatch(workingDays.add(due, 6).due().atTime(9, 0));
        JsonPath longOverdue = letter(id);
        assertThat(longOverdue.getList("clock.alerts.rung", String.class))
                .containsExactly("REMINDER", "HANDLER_AND_HEAD", "LEADER", "SITE_OFFICE");
        assertThat(Flows.notifications(DemoUsers.SITE_OFFICE).stream()
                .filter(n -> ("/admin/mailbox-messages/" + id).equals(n.get("link")))).hasSize(1);
        // the handler was also written to: the mail waits in the outbox for the sender
        assertThat(given().auth().oauth2(Tokens.of(DemoUsers.MAILBOX_HANDLER)).get("/api/mail-outbox?size=100").then().statusCode(200)
                .extract().jsonPath().getList("mails.subject", String.class)).anySatisfy(s -> assertThat(s).contains("阶梯督办"));
        // and the dashboard shows the letter, long overdue, to its unit and to the site office
        given().auth().oauth2(Tokens.of(DemoUsers.MAILBOX_HANDLER)).get("/api/deadlines").then().statusCode(200)
                .body("rows.find { it.subjectId == " + id + " }.clock.unitName", org.hamcrest.Matchers.equalTo("安全监督处"));
        given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_DEPARTMENT)).get("/api/deadlines").then().statusCode(200)
                .body("rows.findAll { it.subjectId == " + id + " && it.subjectType == 'mailbox-message' }", org.hamcrest.Matchers.empty());
        given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).get("/api/deadlines?type=mailbox-message&unit=AQJDC").then().statusCode(200)
                .body("allUnits", org.hamcrest.Matchers.equalTo(true))
                .body("rows.find { it.subjectId == " + id + " }.title", org.hamcrest.Matchers.equalTo("阶梯督办"));
        cn.tianshan.testing.Problems.assertProblem(given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE))
                .get("/api/deadlines?state=LATE").then(), 400).body("errors.field", org.hamcrest.Matchers.hasItem("state"));
    }
}
