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
        ScheduledArticle scheduled = scheduledBeforeItsTime();
        long deadline = System.currentTimeMillis() + 45_000 + Math.max(0, java.time.Duration.between(now(), scheduled.at()).toMillis());
        int status = 0;
        while (System.currentTimeMillis() < deadline && status != 200) {
            Thread.sleep(500);
            status = given().get("/api/public/articles/" + scheduled.id()).statusCode();
        }
        assertThat(status).as("published by the timer within 45 s of its time").isEqualTo(200);
        assertThat(LocalDateTime.parse(Flows.get(DemoUsers.NEWS_EDITOR, scheduled.id()).getString("firstPublishedAt")))
                .isAfterOrEqualTo(scheduled.at());
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT COUNT(*) FROM audit_record WHERE action = 'article.publish.scheduled' "
                     + "AND username = 'system:scheduler' AND target_id = '" + scheduled.id() + "'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    /**
     * An article that finished its review chain while its time was still ahead, so that only the timer can publish it.
     * Under load (CI runs the browser tests beside) the chain may outlast a short lead, and the last approval then
     * publishes the article itself; such an attempt proves nothing about the timer, so a longer lead is tried.
     */
    private static ScheduledArticle scheduledBeforeItsTime() {
        for (int lead : new int[] {20, 60, 150}) {
            LocalDateTime at = now().plusSeconds(lead).withNano(0);
            long article = Flows.scheduledNews("由定时任务发布的新闻", at);
            String status = Flows.get(DemoUsers.NEWS_EDITOR, article).getString("editorialStatus");
            if (now().isBefore(at.minusSeconds(1))) {
                assertThat(status).as("approved before its time").isEqualTo("SCHEDULED");
                return new ScheduledArticle(article, at);
            }
        }
        throw new AssertionError("the review chain outlasted every lead (20, 60, 150 s): the machine is too slow to test the timer");
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
    }

    private record ScheduledArticle(long id, LocalDateTime at) {}
}
