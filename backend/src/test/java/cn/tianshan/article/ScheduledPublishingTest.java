package cn.tianshan.article;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.tianshan.testing.DemoUsers;
import cn.tianshan.testing.Flows;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** An approved article with a scheduled time goes public then, once, however many instances try at the same moment. */
@QuarkusTest
class ScheduledPublishingTest {

    @Inject
    ScheduledPublisher scheduler;

    @Inject
    DataSource dataSource;

    @Test
    void twoInstancesPublishingAtTheSameMomentPublishOnce() throws Exception {
        LocalDateTime at = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusSeconds(8).withNano(0);
        long article = Flows.scheduledNews("定时发布的新闻", at);
        assertThat(Flows.get(DemoUsers.NEWS_EDITOR, article).getString("editorialStatus")).isEqualTo("SCHEDULED");
        given().get("/api/public/articles/" + article).then().statusCode(404);
        assertThat(drain()).as("this article is not due before its time").doesNotContain(article);
        assertThat(Flows.get(DemoUsers.NEWS_EDITOR, article).getString("editorialStatus")).isEqualTo("SCHEDULED");

        Thread.sleep(Duration.between(LocalDateTime.now(ZoneId.of("Asia/Shanghai")), at).toMillis() + 1200);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<List<Long>>> instances = List.of(this::drain, this::drain);
            List<Long> published = new ArrayList<>();
            for (Future<List<Long>> result : pool.invokeAll(instances)) {
                published.addAll(result.get());
            }
            assertThat(published).containsOnlyOnce(article);
        } finally {
            pool.shutdownNow();
        }
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT COUNT(*) FROM public_change WHERE change_type = 'PUBLISHED' AND article_id = " + article)) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
        var detail = Flows.get(DemoUsers.NEWS_EDITOR, article);
        assertThat(detail.getString("publicStatus")).isEqualTo("PUBLISHED");
        assertThat(LocalDateTime.parse(detail.getString("firstPublishedAt"))).isAfterOrEqualTo(at);
        given().get("/api/public/articles/" + article).then().statusCode(200);
    }

    @Test
    void aScheduledTimeInThePastIsRefused() {
        Map<String, Object> body = Flows.article("NEWS", "倒填日期", Flows.NEWS_COLUMN);
        body.put("scheduledAt", "2020-01-01T08:00:00");
        cn.tianshan.testing.Problems.assertProblem(given().auth().oauth2(cn.tianshan.testing.Tokens.of(DemoUsers.NEWS_EDITOR))
                .contentType(io.restassured.http.ContentType.JSON).body(body).post("/api/articles").then(), 400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("scheduledAt"));
    }

    private List<Long> drain() {
        List<Long> published = new ArrayList<>();
        Long next;
        while ((next = scheduler.publishNextDue()) != null) {
            if (next > 0) {
                published.add(next);
            }
        }
        return published;
    }
}
