package cn.tianshan.site;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.tianshan.common.time.Timestamps;
import cn.tianshan.testing.DemoUsers;
import cn.tianshan.testing.Flows;
import cn.tianshan.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Art. 8 with a fixed clock: warnings at 14 and 7 days, hidden after two months, back on update, archived after the end. */
@QuarkusTest
class TopicColumnLifecycleTest {

    @Inject
    TopicColumnLifecycle lifecycle;
    @Inject
    Sites sites;
    @Inject
    ColumnLifecycleEvents events;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    private long openTopic(String name, LocalDate ends) {
        return QuarkusTransaction.requiringNew().call(() -> sites.openTopicColumn(new TopicColumnSpec("t" + System.nanoTime() % 1000000,
                name, "ZCFGC", Timestamps.now(clock).toLocalDate(), ends, null,
                List.of(new TopicColumnSpec.Inner("工作动态", UpdateClass.DYNAMIC, "ZCFGC"))), Timestamps.now(clock)));
    }

    private List<ColumnLifecycleEvent.Type> eventsOf(long column) {
        return events.of(column).stream().map(ColumnLifecycleEvent::event).toList();
    }

    private LocalDateTime opened(long column) {
        return QuarkusTransaction.requiringNew().call(() -> em.find(SiteColumn.class, column).createdAt());
    }

    private List<String> navigation() {
        return given().get("/api/public/sites/main/home").then().statusCode(200).extract().jsonPath().getList("navigation.name", String.class);
    }

    @Test
    void warnsTwiceThenHidesAndAPublicationBringsItBack() throws Exception {
        String name = "生命周期专题" + System.nanoTime() % 100000;
        long column = openTopic(name, Timestamps.now(clock).toLocalDate().plusYears(2));
        LocalDateTime hideAt = opened(column).plusMonths(2);

        lifecycle.reviewAll(hideAt.minusDays(20));
        assertThat(eventsOf(column)).isEmpty();
        lifecycle.reviewAll(hideAt.minusDays(14));
        lifecycle.reviewAll(hideAt.minusDays(13));
        assertThat(eventsOf(column)).containsExactly(ColumnLifecycleEvent.Type.WARNED_14);
        // two scheduler instances at once: one warning, not two
        ExecutorService two = Executors.newFixedThreadPool(2);
        Callable<List<String>> run = () -> lifecycle.reviewAll(hideAt.minusDays(7));
        List<Future<List<String>>> both = two.invokeAll(List.of(run, run));
        for (Future<List<String>> f : both) {
            f.get();
        }
        assertThat(eventsOf(column)).containsExactlyInAnyOrder(ColumnLifecycleEvent.Type.WARNED_14, ColumnLifecycleEvent.Type.WARNED_7);
        assertThat(Flows.notifications(DemoUsers.EDITOR_DEPARTMENT)).anySatisfy(n ->
                assertThat((String) n.get("title")).contains(name).contains("即将"));
        assertThat(navigation()).contains(name);

        Callable<List<String>> hide = () -> lifecycle.reviewAll(hideAt.plusMinutes(1));
        for (Future<List<String>> f : two.invokeAll(List.of(hide, hide))) {
            f.get();
        }
        two.shutdown();
        assertThat(eventsOf(column).stream().filter(e -> e == ColumnLifecycleEvent.Type.HIDDEN)).hasSize(1);
        assertThat(navigation()).doesNotContain(name);
        given().get("/api/public/sites/main/home").then().body("columns.name", not(hasItem(name)));
        given().get("/api/public/columns/" + column + "/articles").then().statusCode(200);
        given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).get("/api/column-lifecycle-events").then().statusCode(200)
                .body("findAll { it.columnId == " + column + " }.eventLabel", hasItem("取消主站显示"));

        // a new item in an inner column brings the topic back
        long inner = QuarkusTransaction.requiringNew().call(() -> sites.below(column).get(0).id());
        long article = Flows.create(DemoUsers.EDITOR_DEPARTMENT, Flows.article("NEWS", "专题恢复更新", inner));
        Flows.submit(DemoUsers.EDITOR_DEPARTMENT, article);
        Flows.approveWaiting(DemoUsers.UNIT_HEAD_DEPARTMENT, DemoUsers.SITE_OFFICE, article);
        Flows.approveWaiting(DemoUsers.LEADER, DemoUsers.SITE_OFFICE, article);
        Flows.approveWaiting(DemoUsers.SITE_OFFICE, DemoUsers.UNIT_HEAD_DEPARTMENT, article);
        assertThat(eventsOf(column)).contains(ColumnLifecycleEvent.Type.RESTORED);
        assertThat(navigation()).contains(name);
    }

    @Test
    void afterItsEndDateItIsAHistoricalTopicClosedToNewItems() {
        String name = "到期专题" + System.nanoTime() % 100000;
        LocalDate ends = Timestamps.now(clock).toLocalDate().plusDays(10);
        long column = openTopic(name, ends);
        long inner = QuarkusTransaction.requiringNew().call(() -> sites.below(column).get(0).id());
        lifecycle.reviewAll(ends.atTime(23, 0));
        assertThat(eventsOf(column)).doesNotContain(ColumnLifecycleEvent.Type.ARCHIVED);
        lifecycle.reviewAll(ends.plusDays(1).atTime(1, 0));
        lifecycle.reviewAll(ends.plusDays(2).atTime(1, 0));
        assertThat(eventsOf(column).stream().filter(e -> e == ColumnLifecycleEvent.Type.ARCHIVED)).hasSize(1);
        assertThat(navigation()).doesNotContain(name);
        given().get("/api/public/columns/" + inner + "/articles").then().statusCode(200)
                .body("column.archivedNotice", org.hamcrest.Matchers.startsWith("历史专题"));
        Map<String, Object> draft = Flows.article("NEWS", "到期后的新信息", inner);
        cn.tianshan.testing.Problems.assertProblem(given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_DEPARTMENT))
                .contentType(io.restassured.http.ContentType.JSON).body(draft).post("/api/articles").then(), 409)
                .body("detail", org.hamcrest.Matchers.containsString("历史专题"));
    }
}
