package cn.tianshan.publicweb;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.tianshan.testing.DemoUsers;
import cn.tianshan.testing.Flows;
import cn.tianshan.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A change evicts only the cached answers that show what it touched, and cached answers are served with strong
 * ETags, 304s and gzip.
 */
@QuarkusTest
class TargetedEvictionTest {

    /** A client that asks for no compression (RestAssured otherwise sends Accept-Encoding: gzip, deflate). */
    private static final RestAssuredConfig PLAIN = RestAssuredConfig.config()
            .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());

    @Inject
    PublicCache cache;

    @Inject
    PublicChangeLog changes;

    @Test
    void aPublicationInOneColumnLeavesAnotherColumnsPageCachedAndAWithdrawalTakesItsPagesOut() {
        String news = "column:" + Flows.NEWS_COLUMN + ":null:20";
        String planning = "column:" + Flows.PLANNING_COLUMN + ":null:20";
        // Earlier tests' changes reach this cache again through the change log (a structural one empties it):
        // let them land before reading.
        for (int attempt = 0; attempt < 5 && !cache.renderedKeys().containsAll(java.util.List.of(news, planning)); attempt++) {
            cache.followChanges();
            read(Flows.NEWS_COLUMN);
            read(Flows.PLANNING_COLUMN);
        }
        assertThat(cache.renderedKeys()).contains(news, planning);

        long article = Flows.publishedNews("定向失效测试：交通要闻新稿 " + System.nanoTime());
        assertThat(cache.renderedKeys()).as("the column it went into is rendered again").doesNotContain(news)
                .as("a column it is not in keeps its answer").contains(planning);
        given().get("/api/public/columns/" + Flows.NEWS_COLUMN + "/articles").then().statusCode(200)
                .body("articles.id", hasItem((int) article));
        given().get("/api/public/articles/" + article).then().statusCode(200);
        given().get("/items/" + article).then().statusCode(200);
        assertThat(cache.renderedKeys()).contains(news, "article:" + article);
        long published = changes.latestCursor();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (cache.followedUpTo() < published && System.nanoTime() < deadline) {
            sleep();
        }
        assertThat(cache.followedUpTo()).as("the follower has read the publication from the log").isGreaterThanOrEqualTo(published);
        assertThat(cache.renderedKeys()).as("reading its own change back does not evict again what was rendered since")
                .contains(news, "article:" + article);

        given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).contentType(ContentType.JSON)
                .body(Map.of("kind", "WITHDRAWN", "reason", "定向失效测试")).post("/api/articles/" + article + "/withdrawal")
                .then().statusCode(200);
        assertThat(cache.renderedKeys()).doesNotContain(news, "article:" + article)
                .noneMatch(key -> key.startsWith("page:/items/" + article + "?"))
                .contains(planning);
        given().get("/api/public/columns/" + Flows.NEWS_COLUMN + "/articles").then().statusCode(200)
                .body("articles.id", not(hasItem((int) article)));
        given().get("/api/public/articles/" + article).then().statusCode(410);
    }

    @Test
    void aPageDeepInAColumnIsKeptInMemoryFromItsSecondRequestOnly() {
        var first = given().get("/api/public/columns/" + Flows.NEWS_COLUMN + "/articles?size=1").then().statusCode(200).extract();
        String after = first.path("next");
        assertThat(after).as("the news column has more than one article").isNotNull();
        String deep = "column:" + Flows.NEWS_COLUMN + ":" + after + ":1";
        String path = "/api/public/columns/" + Flows.NEWS_COLUMN + "/articles?size=1&after=" + after;

        var once = given().get(path).then().statusCode(200).extract();
        assertThat(cache.renderedKeys()).as("a page asked for once is not kept").doesNotContain(deep);
        given().header("If-None-Match", once.header("ETag")).get(path).then().statusCode(304);
        var again = given().get(path).then().statusCode(200).extract();
        assertThat(again.body().asString()).isEqualTo(once.body().asString());
        assertThat(cache.renderedKeys()).as("asked for again, it is kept").contains(deep);
    }

    @Test
    void cachedAnswersAreGzippedForClientsThatAcceptItAndAnswer304ToTheirOwnEtag() {
        String path = "/api/public/sites/main/home"; // well over the 512 bytes from which answers are kept gzipped
        for (int i = 0; i < 2; i++) { // a miss, then the fast path
            var gz = given().header("Accept-Encoding", "gzip").get(path).then().statusCode(200)
                    .header("Content-Encoding", "gzip").header("Vary", "Accept-Encoding").extract();
            String gzEtag = gz.header("ETag");
            assertThat(gzEtag).endsWith("-gz\"");
            given().header("Accept-Encoding", "gzip").header("If-None-Match", gzEtag).get(path).then().statusCode(304);

            var plain = given().config(PLAIN).get(path).then().statusCode(200).extract();
            assertThat(plain.header("Content-Encoding")).isNull();
            assertThat(plain.header("ETag")).isNotEqualTo(gzEtag);
            given().config(PLAIN).header("If-None-Match", plain.header("ETag")).get(path).then().statusCode(304);
            assertThat(plain.body().asString()).isEqualTo(gz.body().asString());
        }
        given().header("Accept-Encoding", "gzip").head(path).then().statusCode(200).header("Content-Encoding", "gzip");
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void read(long column) {
        given().get("/api/public/columns/" + column + "/articles").then().statusCode(200).body("column.id", equalTo((int) column));
    }
}
