package cn.tianshan.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.tianshan.publicweb.PublicChangeLog;
import cn.tianshan.testing.DemoUsers;
import cn.tianshan.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How the index follows this node's own commits. */
@QuarkusTest
class SearchIndexerTest {

    @Inject
    Event<PublicChangeLog.Committed> committed;

    /**
     * A CI run once saw a rebuild still running after 20 s: every commit had queued a whole second of reading
     * ahead of it. A burst of commits now queues one read.
     */
    @Test
    void aRebuildAskedForAfterABurstOfCommitsDoesNotWaitBehindThem() {
        assertThat(finishedWithin(60).getString("state")).as("no rebuild left running from start-up").isEqualTo("就绪");
        for (int i = 0; i < 60; i++) {
            committed.fire(new PublicChangeLog.Committed(0, PublicChangeLog.Type.UPDATED, null, Set.of()));
        }
        given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).contentType(ContentType.JSON).body(Map.of("reason", "连续提交后重建"))
                .post("/api/search-index/rebuild").then().statusCode(200);
        JsonPath status = finishedWithin(15);
        assertThat(status.getString("lastRebuild.reason")).isEqualTo("连续提交后重建");
        assertThat(status.getString("lastRebuild.finishedAt")).as("rebuild finished within 15 s").isNotNull();
        assertThat(status.getString("lastRebuild.failure")).isNull();
    }

    private static JsonPath finishedWithin(int seconds) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        JsonPath status;
        do {
            status = given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).get("/api/search-index").then().statusCode(200)
                    .extract().jsonPath();
        } while (!"就绪".equals(status.getString("state")) && System.nanoTime() < deadline && pause());
        return status;
    }

    private static boolean pause() {
        try {
            Thread.sleep(100);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
