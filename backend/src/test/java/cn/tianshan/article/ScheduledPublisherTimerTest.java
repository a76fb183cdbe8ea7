package cn.tianshan.article;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.tianshan.testing.DemoUsers;
import cn.tianshan.testing.Flows;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The scheduler's own timer publishes an approved article at its time: nobody calls the job in this test. */
@QuarkusTest
@TestProfile(ScheduledPublisherTimerTest.EverySecond.class)
class ScheduledPublisherTimerTest {

    public static class EverySecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tianshan.publishing.schedule-check", "1s", "tianshan.publishing.schedule-delay", "1s");
        }
    }

    @Inject
    DataSource dataSource;

    @Test
    void anApprovedArticleGoesPublicAtItsTimeByItself() throws Exception {
        LocalDateTime at = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusSeconds(20).withNano(0);
        long article = Flows.scheduledNews("由定时任务发布的新闻", at);
        // Under load (CI runs the browser tests beside) the review chain itself may take longer than the wait.
        if (LocalDateTime.now(ZoneId.of("Asia/Shanghai")).isBefore(at.minusSeconds(2))) {
            assertThat(Flows.get(DemoUsers.NEWS_EDITOR, article).getString("editorialStatus")).isEqualTo("SCHEDULED");
        }
        long deadline = System.currentTimeMillis() + 45_000;
        int status = 0;
        while (System.currentTimeMillis() < deadline && status != 200) {
            Thread.sleep(500);
            status = given().get("/api/public/articles/" + article).statusCode();
        }
        assertThat(status).as("published by the timer within 45 s").isEqualTo(200);
        assertThat(LocalDateTime.parse(Flows.get(DemoUsers.NEWS_EDITOR, article).getString("firstPublishedAt"))).isAfterOrEqualTo(at);
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT COUNT(*) FROM audit_record WHERE action = 'article.publish.scheduled' "
                     + "AND username = 'system:scheduler' AND target_id = '" + article + "'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }
}
