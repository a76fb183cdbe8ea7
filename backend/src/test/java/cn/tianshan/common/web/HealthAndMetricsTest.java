package cn.tianshan.common.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What a load balancer and a monitoring board read: health with the database, Prometheus metrics of the product. */
@QuarkusTest
class HealthAndMetricsTest {

    @Test
    void readinessIncludesTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void publicAnswersAreCountedBySourceSoTheHitRateCanBeRead() {
        given().get("/api/public/sites").then().statusCode(200);
        double before = sample("tianshan_public_answers_total\\{source=\"memory\"}");
        for (int i = 0; i < 5; i++) {
            given().get("/api/public/sites").then().statusCode(200);
        }
        assertThat(sample("tianshan_public_answers_total\\{source=\"memory\"}")).isGreaterThanOrEqualTo(before + 5);
        String metrics = metrics();
        assertThat(metrics).contains("tianshan_public_answers_total{source=\"kept\"}", "tianshan_public_answers_total{source=\"rendered\"}");
    }

    @Test
    void requestLatenciesAreKeptPerOperationNotPerPage() {
        for (int i = 0; i < 2; i++) {
            given().get("/items/1").then().extract().statusCode();
            given().get("/items/2").then().extract().statusCode();
            given().get("/api/public/sites").then().statusCode(200);
            given().get("/api/public/sites/main/home").then().statusCode(200);
        }
        String metrics = metrics();
        assertThat(metrics).contains("http_server_requests_seconds_count{method=\"GET\"", "uri=\"/api/public/sites\"",
                "uri=\"/public/sites/{code}/home\"", "uri=\"/items/{id}\"");
        assertThat(metrics).doesNotContain("uri=\"/items/1\"", "uri=\"/items/2\"", "uri=\"/api/public/sites/main/home\"");
    }

    @Test
    void deadlinesJobsAndThePoolAreMeasured() {
        String metrics = metrics();
        assertThat(metrics).contains("tianshan_deadlines{state=\"running\"}", "tianshan_deadlines{state=\"paused\"}",
                "tianshan_deadlines{state=\"overdue\"}");
        assertThat(metrics).contains("scheduled_methods_seconds_count");
        assertThat(metrics).contains("agroal_active_count");
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double sample(String series) {
        Matcher m = Pattern.compile("^" + series + " ([0-9.Ee+-]+)$", Pattern.MULTILINE).matcher(metrics());
        assertThat(m.find()).as("series %s", series).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
