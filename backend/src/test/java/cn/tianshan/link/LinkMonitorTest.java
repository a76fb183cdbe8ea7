package cn.tianshan.link;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.tianshan.link.LinkSource.Occurrence;
import cn.tianshan.testing.DemoUsers;
import cn.tianshan.testing.Flows;
import cn.tianshan.testing.Tokens;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reachability monitor against a local server that answers 200, 404, 500, a redirect loop and never answers.
 * The test profile sets 1 s timeouts and a threshold of two failures, so the whole run is bounded.
 */
@QuarkusTest
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class LinkMonitorTest {

    private static HttpServer server;
    private static final CountDownLatch NEVER = new CountDownLatch(1);
    private static String base;

    @Inject
    LinkMonitor monitor;
    @Inject
    LinkChecks checks;

    @BeforeAll
    static void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ok", e -> answer(e, 200));
        server.createContext("/head-refused", e -> answer(e, "HEAD".equals(e.getRequestMethod()) ? 405 : 200));
        server.createContext("/missing", e -> answer(e, 404));
        server.createContext("/broken", e -> answer(e, 500));
        server.createContext("/loop", e -> {
            e.getResponseHeaders().add("Location", "/loop");
            answer(e, 302);
        });
        server.createContext("/moved", e -> {
            e.getResponseHeaders().add("Location", "/ok");
            answer(e, 301);
        });
        server.createContext("/hang", e -> {
            try {
                NEVER.await();
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void answer(com.sun.net.httpserver.HttpExchange e, int status) throws IOException {
        assertThat(e.getRequestHeaders().getFirst("User-Agent")).startsWith("Tianshan-LinkMonitor");
        e.sendResponseHeaders(status, -1);
        e.close();
    }

    @AfterAll
    static void stopServer() {
        NEVER.countDown();
        server.stop(0);
    }

    private LinkCheck check(String url) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> checks.of(url)).orElseThrow();
    }

    @Test
    void eachAnswerIsJudgedWithinTheTimeouts() {
        LinkChecker checker = new LinkChecker(new LinkChecker.Settings(Duration.ofSeconds(1), Duration.ofSeconds(1), 5, 2,
                Duration.ZERO, 4));
        assertThat(checker.check(base + "/ok").reachable()).isTrue();
        assertThat(checker.check(base + "/head-refused").reachable()).isTrue();
        assertThat(checker.check(base + "/moved").reachable()).isTrue();
        assertThat(checker.check(base + "/missing")).satisfies(r -> {
            assertThat(r.reachable()).isFalse();
            assertThat(r.status()).isEqualTo(404);
        });
        assertThat(checker.check(base + "/broken").status()).isEqualTo(500);
        assertThat(checker.check(base + "/loop").error()).contains("重定向超过 5 次");
        long started = System.nanoTime();
        assertThat(checker.check(base + "/hang").error()).isEqualTo("超时未响应");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(checker.check("http://127.0.0.1:1/closed").error()).startsWith("无法连接");
    }

    @Test
    void consecutiveFailuresFlagALinkAndTheReportGroupsItByUnitWithItsPages() {
        List<Occurrence> found = List.of(
                new Occurrence(base + "/ok", "article", 1, "正常的信息", "ZCFGC", "/items/1"),
                new Occurrence(base + "/missing", "article", 2, "链接失效的信息", "ZCFGC", "/items/2"),
                new Occurrence(base + "/missing", "article", 3, "同一失效链接的另一条信息", "GLFZZX", "/items/3"),
                new Occurrence(base + "/hang", "article", 4, "链接超时的信息", "GLFZZX", "/items/4"),
                new Occurrence(base + "/loop", "article", 5, "重定向循环", "GLFZZX", "/items/5"));
        long started = System.nanoTime();
        monitor.run(found);
        assertThat(check(base + "/missing").consecutiveFailures()).isEqualTo(1);
        assertThat(check(base + "/missing").flaggedSince()).isNull();
        long run = monitor.run(found);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
        assertThat(check(base + "/ok").consecutiveFailures()).isZero();
        assertThat(check(base + "/missing").flaggedSince()).isNotNull();

        JsonPath report = given().auth().oauth2(Tokens.of(DemoUsers.TECH_OPS)).get("/api/link-report").then().statusCode(200)
                .extract().jsonPath();
        assertThat(report.getLong("latestRun.id")).isEqualTo(run);
        assertThat(report.getString("latestRun.status")).isEqualTo("FINISHED");
        assertThat(report.getInt("latestRun.total")).isEqualTo(4);
        assertThat(report.getList("units.unitName", String.class)).contains("政策法规处", "公路事业发展中心");
        assertThat(report.getList("units.find { it.unitCode == 'GLFZZX' }.links.url", String.class))
                .containsExactlyInAnyOrder(base + "/missing", base + "/hang", base + "/loop");
        assertThat(report.getList("units.find { it.unitCode == 'ZCFGC' }.links[0].pages.title", String.class))
                .containsExactly("链接失效的信息");
        given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_DEPARTMENT)).get("/api/link-report").then().statusCode(403);

        // a link that answers again is cleared
        monitor.run(List.of(new Occurrence(base + "/ok", "article", 1, "正常的信息", "ZCFGC", "/items/1")));
        assertThat(check(base + "/ok").flaggedSince()).isNull();
    }

    @Test
    void theMonitorCollectsThePublishedArticlesOutboundLinksAndApprovedRegistrations() {
        String url = "https://www.mot.gov.cn/monitor-" + System.nanoTime() + "/";
        Map<String, Object> body = Flows.article("POLICY", "含外部链接的通知" + System.nanoTime(), Flows.POLICY_COLUMN);
        body.put("body", "<p>详见<a href=\"" + url + "\">交通运输部通知</a>，<a href=\"/columns/1\">本站栏目</a>。</p>");
        long article = Flows.create(DemoUsers.EDITOR_DEPARTMENT, body);
        assertThat(monitor.collect()).noneMatch(o -> o.url().equals(url));
        Flows.submit(DemoUsers.EDITOR_DEPARTMENT, article);
        Flows.passOwnUnitGovernmentChain(article);
        List<Occurrence> collected = monitor.collect();
        assertThat(collected).anySatisfy(o -> {
            assertThat(o.url()).isEqualTo(url);
            assertThat(o.sourceId()).isEqualTo(article);
            assertThat(o.unitCode()).isEqualTo("ZCFGC");
            assertThat(o.pagePath()).isEqualTo("/items/" + article);
        });
        assertThat(collected).noneMatch(o -> o.url().equals("/columns/1"));
    }

    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE)
    void aPersonCanStartARunAndFollowItsProgress() {
        JsonPath started = given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).contentType(ContentType.JSON)
                .post("/api/link-report/runs").then().statusCode(200).extract().jsonPath();
        long id = started.getLong("id");
        assertThat(started.getString("status")).isIn("RUNNING", "FINISHED", "FAILED");
        given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).get("/api/link-report/runs/" + id).then().statusCode(200)
                .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(0));
        given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_DEPARTMENT)).post("/api/link-report/runs").then().statusCode(403);
    }
}
