package cn.tianshan.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Searches take turns: while every turn is taken, one more search waits a few seconds and then gets a clear 503
 * problem with Retry-After, never an error and never an unbounded wait; once a turn is free it is answered.
 */
@QuarkusTest
class SearchTurnsTest {

    @Inject
    SearchIndex index;

    @Test
    void aSearchBeyondTheTurnsWaitsThenHearsTheNodeIsBusy() throws Exception {
        int turns = index.turns();
        CountDownLatch taken = new CountDownLatch(turns);
        CountDownLatch finish = new CountDownLatch(1);
        ExecutorService searches = Executors.newFixedThreadPool(turns);
        try {
            for (int i = 0; i < turns; i++) {
                searches.submit(() -> index.withSearcher(searcher -> {
                    taken.countDown();
                    try {
                        return finish.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                }));
            }
            assertThat(taken.await(10, TimeUnit.SECONDS)).isTrue();

            given().queryParam("q", "公路养护").get("/api/public/search").then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", "5").body("title", equalTo("搜索繁忙"));
        } finally {
            finish.countDown();
            searches.shutdown();
        }
        assertThat(searches.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        given().queryParam("q", "公路养护").get("/api/public/search").then().statusCode(200);
    }
}
