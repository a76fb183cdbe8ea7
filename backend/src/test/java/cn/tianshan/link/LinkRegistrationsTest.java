package cn.tianshan.link;

import static cn.tianshan.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import cn.tianshan.common.time.Timestamps;
import cn.tianshan.testing.DemoUsers;
import cn.tianshan.testing.Flows;
import cn.tianshan.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import cn.tianshan.testing.Race;
import org.junit.jupiter.api.Test;

/** Art. 9 and Annex 4: registrations through the unit and the site office, and links refused until registered. */
@QuarkusTest
class LinkRegistrationsTest {

    @Inject
    LinkRegistrationExpiry expiry;
    @Inject
    Clock clock;

    static String host() {
        return "svc" + System.nanoTime() % 10000000 + ".example.com";
    }

    static Map<String, Object> form(String url) {
        Map<String, Object> form = new HashMap<>();
        form.put("systemName", "道路运输电子证照查询系统");
        form.put("url", url);
        form.put("introduction", "面向公众的道路运输从业资格电子证照查询");
        form.put("contactName", "李娜");
        form.put("contactOfficePhone", "0991-2345678");
        form.put("contactMobile", "13899990001");
        return form;
    }

    static ValidatableResponse register(String who, Map<String, Object> form) {
        return given().auth().oauth2(Tokens.of(who)).contentType(ContentType.JSON).body(form).post("/api/link-registrations").then();
    }

    static JsonPath detail(long id) {
        return given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).get("/api/link-registrations/" + id).then().statusCode(200)
                .extract().jsonPath();
    }

    static long waitingTask(long id) {
        List<Map<String, Object>> tasks = detail(id).getList("activeRun.tasks");
        return tasks.stream().filter(t -> "IN_PROGRESS".equals(t.get("status"))).map(t -> ((Number) t.get("id")).longValue())
                .findFirst().orElseThrow();
    }

    static long approved(String url) {
        long id = register(DemoUsers.EDITOR_DEPARTMENT, form(url)).statusCode(200).extract().jsonPath().getLong("registration.id");
        Flows.approve(DemoUsers.UNIT_HEAD_DEPARTMENT, waitingTask(id)).statusCode(200);
        Flows.approve(DemoUsers.SITE_OFFICE, waitingTask(id)).statusCode(200);
        return id;
    }

    static ValidatableResponse draftWithBody(String body) {
        Map<String, Object> article = Flows.article("POLICY", "链接检查" + System.nanoTime(), Flows.POLICY_COLUMN);
        article.put("body", body);
        return given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_DEPARTMENT)).contentType(ContentType.JSON).body(article)
                .post("/api/articles").then();
    }

    @Test
    void anUnregisteredHostIsRefusedWithEveryOffendingLinkUntilItsRegistrationIsApproved() {
        String host = host();
        String body = "<p>详见<a href=\"https://www.mot.gov.cn/zhengce/\">交通运输部</a>、"
                + "<a href=\"https://" + host + "/query\">证照查询</a>和<a href=\"https://user@gov.cn@" + host + "/\">另一入口</a>。</p>";
        assertProblem(draftWithBody(body), 422)
                .body("type", containsString("unregistered-links"))
                .body("errors", hasSize(2))
                .body("errors.field", hasItem("body"))
                .body("errors[0].message", containsString("正文第 2 个链接（“证照查询”）"))
                .body("errors[0].message", containsString(host))
                .body("errors[0].message", containsString("链接备案"))
                .body("current", hasSize(2))
                .body("current[0].registerPath", containsString("/admin/link-registrations/new?url="));

        long id = register(DemoUsers.EDITOR_DEPARTMENT, form("https://" + host + "/query")).statusCode(200).extract().jsonPath()
                .getLong("registration.id");
        assertThat(detail(id).getString("registration.status")).isEqualTo("PENDING");
        assertThat(detail(id).getString("registration.host")).isEqualTo(host);
        assertProblem(draftWithBody(body), 422);
        // the unit first, then the site office; the wrong unit's head may not sign for it
        assertProblem(Flows.approve(DemoUsers.UNIT_HEAD_AFFILIATED, waitingTask(id)), 403);
        Flows.approve(DemoUsers.UNIT_HEAD_DEPARTMENT, waitingTask(id)).statusCode(200);
        assertProblem(draftWithBody(body), 422);
        Flows.approve(DemoUsers.SITE_OFFICE, waitingTask(id)).statusCode(200);
        assertThat(detail(id).getString("registration.status")).isEqualTo("APPROVED");
        draftWithBody(body).statusCode(201);

        // revoked: refused again, and the handling record says why
        assertProblem(given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_DEPARTMENT)).contentType(ContentType.JSON)
                .body(Map.of("reason", "x")).post("/api/link-registrations/" + id + "/revocation").then(), 403);
        given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).contentType(ContentType.JSON)
                .body(Map.of("reason", "系统已停止服务")).post("/api/link-registrations/" + id + "/revocation").then()
                .statusCode(200).body("registration.status", equalTo("REVOKED"))
                .body("handling.note", hasItem(containsString("系统已停止服务")));
        assertProblem(draftWithBody(body), 422);
    }

    @Test
    void theHomepageLinksOnlyToGovernmentSitesAndRegisteredOnes() {
        String host = host();
        Map<String, Object> other = Map.of("name", "证照查询", "url", "https://" + host + "/");
        assertProblem(given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).contentType(ContentType.JSON).body(other)
                .post("/api/homepage-links").then(), 422).body("errors[0].message", containsString("首页链接“证照查询”"));
        assertProblem(given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_DEPARTMENT)).contentType(ContentType.JSON)
                .body(Map.of("name", "部网站", "url", "https://www.mot.gov.cn/")).post("/api/homepage-links").then(), 403);
        approved("https://" + host + "/");
        long id = given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).contentType(ContentType.JSON).body(other)
                .post("/api/homepage-links").then().statusCode(200).body("government", equalTo(false)).extract().jsonPath().getLong("id");
        given().get("/api/public/sites/main/home").then().statusCode(200).body("links.url", hasItem("https://" + host + "/"))
                .body("links.name", hasItem("交通运输部"));
        given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).delete("/api/homepage-links/" + id).then().statusCode(204);
        given().get("/api/public/sites/main/home").then().statusCode(200)
                .body("links.url", org.hamcrest.Matchers.not(hasItem("https://" + host + "/")));
    }

    @Test
    void governmentHostsAndRelativeLinksNeedNoRegistration() {
        draftWithBody("<p><a href=\"https://www.gov.cn/\">中国政府网</a> <a href=\"HTTPS://JTT.XINJIANG.GOV.CN.:443/x\">厅</a> "
                + "<a href=\"/columns/1\">栏目</a> <a href=\"mailto:a@b.cn\">邮件</a></p>").statusCode(201);
        Map<String, Object> reprint = Flows.article("POLICY", "来源网址", Flows.POLICY_COLUMN);
        reprint.put("sourceUrl", "https://news.example.org/a/1");
        assertProblem(given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_DEPARTMENT)).contentType(ContentType.JSON).body(reprint)
                .post("/api/articles").then(), 422).body("errors.field", hasItem("sourceUrl"));
        // a government host cannot be registered: it needs none
        assertProblem(register(DemoUsers.EDITOR_DEPARTMENT, form("https://www.mot.gov.cn/")), 400).body("errors.field", hasItem("url"));
    }

    @Test
    void aRejectedRegistrationMayBeRevisedAndResubmitted() {
        String url = "https://" + host() + "/";
        long id = register(DemoUsers.EDITOR_DEPARTMENT, form(url)).statusCode(200).extract().jsonPath().getLong("registration.id");
        Flows.approve(DemoUsers.UNIT_HEAD_DEPARTMENT, waitingTask(id)).statusCode(200);
        Flows.reject(DemoUsers.SITE_OFFICE, waitingTask(id), "请补充系统的安全等级保护备案情况").statusCode(200);
        assertThat(detail(id).getString("registration.status")).isEqualTo("REJECTED");
        Map<String, Object> revised = form(url);
        revised.put("introduction", "面向公众的电子证照查询，已通过等级保护二级备案");
        given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_DEPARTMENT)).contentType(ContentType.JSON).body(revised)
                .put("/api/link-registrations/" + id).then().statusCode(200).body("registration.status", equalTo("PENDING"))
                .body("registration.revision", equalTo(2));
        assertThat(detail(id).getString("activeRun.waitingFor")).contains("单位意见");
    }

    @Test
    void anExpiringRegistrationIsRemindedOnceThenLapses() {
        String host = host();
        Map<String, Object> form = form("https://" + host + "/");
        form.put("expiresOn", Flows.today().plusDays(30).toString());
        long id = register(DemoUsers.EDITOR_DEPARTMENT, form).statusCode(200).extract().jsonPath().getLong("registration.id");
        Flows.approve(DemoUsers.UNIT_HEAD_DEPARTMENT, waitingTask(id)).statusCode(200);
        Flows.approve(DemoUsers.SITE_OFFICE, waitingTask(id)).statusCode(200);
        var now = Timestamps.now(clock);
        expiry.reviewAll(now.plusDays(10));
        assertThat(detail(id).getList("handling")).isEmpty();
        expiry.reviewAll(now.plusDays(17));
        expiry.reviewAll(now.plusDays(18));
        assertThat(detail(id).getList("handling.event", String.class)).containsExactly("expiry-reminded");
        draftWithBody("<p><a href=\"https://" + host + "/\">入口</a></p>").statusCode(201);
        expiry.reviewAll(now.plusDays(31));
        assertThat(detail(id).getString("registration.status")).isEqualTo("EXPIRED");
        assertThat(detail(id).getList("handling.event", String.class)).containsExactly("expiry-reminded", "expired");
    }

    @Test
    void badRegistrationsGetAProblemNamingTheField() {
        Map<String, Object> form = form("javascript:alert(1)");
        form.put("contactMobile", "12345");
        form.put("expiresOn", "2026-02-30");
        assertProblem(register(DemoUsers.EDITOR_DEPARTMENT, form), 400);
        form.put("expiresOn", Flows.today().minusDays(1).toString());
        form.put("contactMobile", "13899990001");
        assertProblem(register(DemoUsers.EDITOR_DEPARTMENT, form), 400).body("errors.field", hasItems("url", "expiresOn"));
        assertProblem(register(DemoUsers.LEADER, form("https://" + host() + "/")), 403);
        assertProblem(given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).contentType(ContentType.JSON)
                .body(Map.of("reason", "x")).post("/api/link-registrations/999999999/revocation").then(), 404);
    }

    @Test
    void anApprovalAndARejectionOfOneStepAtTheSameMomentLeaveOneDecision() throws Exception {
        long id = register(DemoUsers.EDITOR_DEPARTMENT, form("https://" + host() + "/query")).statusCode(200).extract().jsonPath()
                .getLong("registration.id");
        long task = waitingTask(id);
        java.util.concurrent.atomic.AtomicInteger turn = new java.util.concurrent.atomic.AtomicInteger();
        List<Integer> statuses = Race.statuses(8, () -> turn.getAndIncrement() % 2 == 0
                ? Flows.approve(DemoUsers.UNIT_HEAD_DEPARTMENT, task).extract().statusCode()
                : Flows.reject(DemoUsers.UNIT_HEAD_DEPARTMENT, task, "同时退回").extract().statusCode());
        assertThat(statuses).containsOnlyOnce(200).filteredOn(s -> s != 200).containsOnly(409).hasSize(7);
        List<Map<String, Object>> runs = given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE))
                .get("/api/link-registrations/" + id + "/reviews").then().statusCode(200).extract().jsonPath().getList("[0].tasks");
        assertThat(runs).filteredOn(t -> List.of("APPROVED", "REJECTED").contains(t.get("status"))).hasSize(1);
    }
}
