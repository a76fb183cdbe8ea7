package cn.tianshan.article;

import static cn.tianshan.testing.Flows.POLICY_COLUMN;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.tianshan.testing.DemoUsers;
import cn.tianshan.testing.Flows;
import cn.tianshan.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The public API returns only published, not withdrawn content: one article in every state, and each public
 * listing checked against exactly the published ones.
 */
@QuarkusTest
class PublicVisibilityTest {

    private static final String EDITOR = DemoUsers.EDITOR_AFFILIATED;

    @Test
    void onlyPublishedNotWithdrawnContentIsEverReturned() {
        String tag = "状态" + System.nanoTime();
        long draft = Flows.create(EDITOR, Flows.article("POLICY", tag + "草稿", POLICY_COLUMN));
        long inReview = Flows.create(EDITOR, Flows.article("POLICY", tag + "审核中", POLICY_COLUMN));
        Flows.submit(EDITOR, inReview);
        Flows.approveWaiting(DemoUsers.UNIT_HEAD_AFFILIATED, DemoUsers.SITE_OFFICE, inReview);
        long returned = Flows.create(EDITOR, Flows.article("POLICY", tag + "已退回", POLICY_COLUMN));
        Flows.submit(EDITOR, returned);
        given().auth().oauth2(Tokens.of(DemoUsers.UNIT_HEAD_AFFILIATED)).contentType(ContentType.JSON)
                .body(Map.of("reason", "退回")).post("/api/reviews/tasks/" + Flows.waitingTask(DemoUsers.SITE_OFFICE, returned) + "/rejection")
                .then().statusCode(200);
        Map<String, Object> later = Flows.article("POLICY", tag + "定时", POLICY_COLUMN);
        later.put("scheduledAt", LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(2).withNano(0).toString());
        long scheduled = Flows.create(EDITOR, later);
        Flows.submit(EDITOR, scheduled);
        Flows.passGovernmentChain(scheduled);
        assertThat(Flows.get(EDITOR, scheduled).getString("editorialStatus")).isEqualTo("SCHEDULED");
        long published = Flows.publishedPolicy(tag + "已发布");
        long correcting = Flows.publishedPolicy(tag + "已发布待更正");
        Map<String, Object> fix = Flows.article("POLICY", tag + "更正草稿", POLICY_COLUMN);
        fix.put("baseRevision", 1);
        given().auth().oauth2(Tokens.of(EDITOR)).contentType(ContentType.JSON).body(fix).put("/api/articles/" + correcting).then().statusCode(200);
        long withdrawn = Flows.publishedPolicy(tag + "已撤回");
        withdraw(withdrawn, "WITHDRAWN");
        long removed = Flows.publishedPolicy(tag + "误发删除");
        withdraw(removed, "PUBLISHED_IN_ERROR");

        for (long hidden : List.of(draft, inReview, returned, scheduled, removed)) {
            given().get("/api/public/articles/" + hidden).then().statusCode(404);
        }
        given().get("/api/public/articles/" + withdrawn).then().statusCode(410);
        given().get("/api/public/articles/" + published).then().statusCode(200).body("title", equalTo(tag + "已发布"));
        given().get("/api/public/articles/" + correcting).then().statusCode(200).body("title", equalTo(tag + "已发布待更正"));

        List<String> listed = given().queryParam("size", 100).get("/api/public/columns/" + POLICY_COLUMN + "/articles").then()
                .statusCode(200).extract().jsonPath().getList("articles.title", String.class);
        assertThat(listed.stream().filter(t -> t.startsWith(tag))).containsExactlyInAnyOrder(tag + "已发布", tag + "已发布待更正");
        List<String> catalogue = given().queryParam("size", 100).get("/api/public/policies").then().statusCode(200)
                .extract().jsonPath().getList("policies.title", String.class);
        assertThat(catalogue.stream().filter(t -> t.startsWith(tag))).containsExactlyInAnyOrder(tag + "已发布", tag + "已发布待更正");
        String home = given().get("/api/public/sites/main/home").then().statusCode(200).extract().asString();
        assertThat(home).doesNotContain(tag + "草稿", tag + "审核中", tag + "已退回", tag + "定时", tag + "更正草稿", tag + "已撤回",
                tag + "误发删除");
    }

    @Test
    void publicResponsesCarryAnEtagAndAMatchGets304() {
        long article = Flows.publishedNews("缓存测试新闻");
        var first = given().get("/api/public/articles/" + article).then().statusCode(200)
                .header("Cache-Control", "public, max-age=60").extract();
        String etag = first.header("ETag");
        assertThat(etag).startsWith("\"");
        given().header("If-None-Match", etag).get("/api/public/articles/" + article).then().statusCode(304);
        given().header("If-None-Match", "\"something-else\"").get("/api/public/articles/" + article).then().statusCode(200);
        var repeated = given().get("/api/public/articles/" + article).then().statusCode(200).header("ETag", etag)
                .contentType("application/json").extract();
        assertThat(repeated.asByteArray()).isEqualTo(first.asByteArray());
        given().header("Accept-Encoding", "gzip").head("/api/public/articles/" + article).then().statusCode(200).header("ETag", etag)
                .header("Content-Encoding", "gzip");
        String listEtag = given().get("/api/public/columns/" + Flows.NEWS_COLUMN + "/articles").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", listEtag).get("/api/public/columns/" + Flows.NEWS_COLUMN + "/articles").then().statusCode(304);
        Flows.publishedNews("发布后列表变化");
        given().header("If-None-Match", listEtag).get("/api/public/columns/" + Flows.NEWS_COLUMN + "/articles").then().statusCode(200);
    }

    @Test
    void columnListingsPageByKeysetNewestFirst() {
        long column = Flows.columnId("main", "tpxw");
        String run = Long.toString(System.nanoTime(), 36);
        for (int i = 0; i < 5; i++) {
            long article = Flows.create(DemoUsers.NEWS_EDITOR, Flows.article("NEWS", "图片新闻" + run + "-" + i, column));
            Flows.submit(DemoUsers.NEWS_EDITOR, article);
            Flows.approveWaiting(DemoUsers.NEWS_HEAD, DemoUsers.SITE_OFFICE, article);
            Flows.approveWaiting(DemoUsers.LEADER, DemoUsers.SITE_OFFICE, article);
            Flows.approveWaiting(DemoUsers.NEWS_REVIEWER, DemoUsers.SITE_OFFICE, article);
        }
        List<String> seen = new java.util.ArrayList<>();
        String after = null;
        do {
            var page = given().queryParam("size", 2).queryParam("after", after == null ? "" : after)
                    .get("/api/public/columns/" + column + "/articles").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("articles.title", String.class));
            after = page.getString("next");
        } while (after != null);
        assertThat(seen.stream().filter(title -> title.contains(run)).toList())
                .containsExactly(java.util.stream.IntStream.of(4, 3, 2, 1, 0).mapToObj(i -> "图片新闻" + run + "-" + i).toArray(String[]::new));
        assertThat(seen).doesNotHaveDuplicates();
        given().queryParam("after", "not-a-cursor").get("/api/public/columns/" + column + "/articles").then().statusCode(400);
    }

    @Test
    void theIntegrationFeedListsChangesSinceACursor() {
        long before = given().auth().oauth2(Tokens.integration()).queryParam("after", 0).queryParam("limit", 1000)
                .get("/api/integration/changes").then().statusCode(200).extract().jsonPath().getLong("next");
        long article = Flows.publishedNews("增量订阅");
        withdraw(article, "WITHDRAWN");
        List<Map<String, Object>> changes = given().auth().oauth2(Tokens.integration()).queryParam("after", before)
                .get("/api/integration/changes").then().statusCode(200).extract().jsonPath().getList("changes");
        assertThat(changes).filteredOn(c -> ((Number) c.get("articleId")).longValue() == article).extracting(c -> c.get("type"))
                .containsExactly("PUBLISHED", "WITHDRAWN");
        given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_AFFILIATED)).get("/api/integration/changes").then().statusCode(403);
        given().auth().oauth2(Tokens.integration()).get("/api/articles").then().statusCode(403);
    }

    private static void withdraw(long article, String kind) {
        given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).contentType(ContentType.JSON)
                .body(Map.of("kind", kind, "reason", "测试撤回")).post("/api/articles/" + article + "/withdrawal").then().statusCode(200);
    }
}
