package cn.tianshan.search;

import static cn.tianshan.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.tianshan.testing.DemoUsers;
import cn.tianshan.testing.Flows;
import cn.tianshan.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 站内搜索 against the real index: Chinese words segmented as the index was, 文号 found exactly however its
 * brackets are typed, filters, highlighting, a withdrawal leaving the results within a second, a rebuild, and
 * what hostile queries get.
 */
@QuarkusTest
class SiteSearchTest {

    private static long maintenanceMeeting;
    private static long safetyMeeting;
    private static long greenTransit;
    private static long policy;
    private static String documentNumber;

    /** Once per class, but after Quarkus has started (RestAssured knows its port only then). */
    @BeforeEach
    void publishOnce() {
        if (policy != 0) {
            return;
        }
        Map<String, Object> maintenance = Flows.article("NEWS", "全区公路养护工作推进会在乌鲁木齐召开", Flows.NEWS_COLUMN);
        maintenance.put("body", "<p>会议总结了今年公路养护工作，部署冬季公路养护和除雪保通任务。</p>");
        maintenanceMeeting = Flows.publishedNews(maintenance);

        Map<String, Object> safety = Flows.article("NEWS", "自治区交通运输厅召开安全生产专题会议", Flows.NEWS_COLUMN);
        safety.put("body", "<p>会议要求各地加强公路巡查，做好桥梁养护管理，确保冬季安全。</p>");
        safetyMeeting = Flows.publishedNews(safety);

        Map<String, Object> transit = Flows.article("NEWS", "全区城市公交新能源车辆占比持续提高", Flows.NEWS_COLUMN);
        transit.put("body", "<p>各地加快推广新能源公交车，绿色出行水平进一步提升。</p>");
        greenTransit = Flows.publishedNews(transit);

        documentNumber = "新交办发〔2020〕" + ThreadLocalRandom.current().nextInt(100_000, 999_999) + "号";
        Map<String, Object> policyBody = Flows.article("POLICY", "关于进一步规范政府网站信息发布工作的通知", Flows.POLICY_COLUMN);
        policyBody.put("documentNumber", documentNumber);
        policyBody.put("body", "<p>为规范厅政府网站信息发布审核工作，现就有关事项通知如下。</p>");
        policy = Flows.publishedPolicy(policyBody);
    }

    @Test
    void chineseWordsAreSegmentedSoAShorterWordFindsTheLongerOne() {
        List<Long> ids = idsWhen("交通运输", list -> list.contains(safetyMeeting));
        assertThat(ids).contains(safetyMeeting);
    }

    @Test
    void aWordSegmentedOtherwiseInTheArticlesContextStillMatches() {
        // Typed alone, 绿色出行 segments as 绿色/出/行; inside the article it is 绿色/出行.
        assertThat(idsWhen("城市公交 新能源 绿色出行", list -> list.contains(greenTransit))).contains(greenTransit);
        assertThat(search(Map.of("q", "绿色出行 城市公交")).extract().jsonPath().getString("hits.find { it.id == " + greenTransit
                + " }.snippetHtml")).contains("<mark>");
    }

    @Test
    void anArticleAboutRoadMaintenanceRanksAboveOneThatMerelyMentionsTheWords() {
        List<Long> ids = idsWhen("公路养护", list -> list.contains(maintenanceMeeting) && list.contains(safetyMeeting));
        assertThat(ids.indexOf(maintenanceMeeting)).isLessThan(ids.indexOf(safetyMeeting));
    }

    @Test
    void aDocumentNumberFindsItsDocumentFirstHoweverTheBracketsAreTyped() {
        String typed = documentNumber.replace('〔', '[').replace('〕', ']');
        List<Long> ids = idsWhen(typed, list -> list.contains(policy));
        assertThat(ids.get(0)).isEqualTo(policy);
        JsonPath hit = search(Map.of("q", documentNumber)).extract().jsonPath();
        assertThat(hit.getLong("hits[0].id")).isEqualTo(policy);
        assertThat(hit.getString("hits[0].documentNumber")).isEqualTo(documentNumber);
    }

    @Test
    void filtersNarrowByColumnKindUnitAndDate() {
        idsWhen("公路养护", list -> list.contains(maintenanceMeeting));
        String today = Flows.today().toString();
        assertThat(ids(Map.of("q", "公路养护", "column", String.valueOf(Flows.NEWS_COLUMN)))).contains(maintenanceMeeting);
        assertThat(ids(Map.of("q", "公路养护", "column", String.valueOf(Flows.POLICY_COLUMN)))).doesNotContain(maintenanceMeeting);
        assertThat(ids(Map.of("q", "公路养护", "kind", "POLICY"))).doesNotContain(maintenanceMeeting);
        assertThat(ids(Map.of("q", "公路养护", "unit", "XJZX"))).contains(maintenanceMeeting);
        assertThat(ids(Map.of("q", "公路养护", "unit", "GLFZZX"))).doesNotContain(maintenanceMeeting);
        assertThat(ids(Map.of("q", "公路养护", "from", today, "to", today))).contains(maintenanceMeeting);
        assertThat(ids(Map.of("q", "公路养护", "to", Flows.today().minusDays(1).toString()))).doesNotContain(maintenanceMeeting);
        assertThat(ids(Map.of("q", "公路养护", "site", "main"))).contains(maintenanceMeeting);
    }

    @Test
    void matchesAreHighlightedInEscapedHtml() {
        idsWhen("公路养护", list -> list.contains(maintenanceMeeting));
        JsonPath found = search(Map.of("q", "公路养护", "column", String.valueOf(Flows.NEWS_COLUMN))).extract().jsonPath();
        int at = found.getList("hits.id", Long.class).indexOf(maintenanceMeeting);
        assertThat(found.getString("hits[" + at + "].titleHtml")).contains("<mark>公路</mark>").contains("<mark>养护</mark>");
        assertThat(found.getString("hits[" + at + "].snippetHtml")).contains("<mark>");
        assertThat(found.getString("hits[" + at + "].column.name")).isEqualTo("交通要闻");
        assertThat(found.getString("hits[" + at + "].unitName")).isEqualTo("宣传教育中心");
        assertThat(found.getString("hits[" + at + "].url")).isEqualTo("/items/" + maintenanceMeeting);
    }

    @Test
    void sortingByDatePutsTheNewestFirst() {
        idsWhen("会议", list -> list.contains(maintenanceMeeting) && list.contains(safetyMeeting));
        List<String> dates = search(Map.of("q", "会议", "sort", "date")).extract().jsonPath().getList("hits.publishedAt", String.class);
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void aWithdrawnArticleLeavesTheResultsWithinASecond() {
        Map<String, Object> body = Flows.article("NEWS", "冬季道路除冰撤回测试", Flows.NEWS_COLUMN);
        long article = Flows.publishedNews(body);
        idsWhen("道路除冰", list -> list.contains(article));
        given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).contentType(ContentType.JSON)
                .body(Map.of("kind", "WITHDRAWN", "reason", "测试撤回")).post("/api/articles/" + article + "/withdrawal")
                .then().statusCode(200);
        long withdrawnAt = System.nanoTime();
        List<Long> ids = idsWhen("道路除冰", list -> !list.contains(article));
        assertThat(ids).doesNotContain(article);
        assertThat((System.nanoTime() - withdrawnAt) / 1_000_000).as("ms until gone from the results").isLessThan(1000);
    }

    @Test
    void theResultsPageIsCompleteWithoutJavaScript() {
        idsWhen("公路养护", list -> list.contains(maintenanceMeeting));
        String html = given().accept("text/html").queryParam("q", "公路养护").queryParam("column", Flows.NEWS_COLUMN)
                .get("/search").then().statusCode(200).contentType("text/html").extract().asString();
        assertThat(html).contains("<form method=\"get\" action=\"/search\"")
                .contains("href=\"/items/" + maintenanceMeeting + "\"")
                .contains("<mark>公路</mark>")
                .contains("value=\"公路养护\"");
        String bad = given().accept("text/html").queryParam("q", "公路").queryParam("from", "昨天").get("/search")
                .then().statusCode(400).contentType("text/html").extract().asString();
        assertThat(bad).contains("搜索条件有误").contains("不是 yyyy-MM-dd 格式的日期");
        String empty = given().accept("text/html").get("/search").then().statusCode(200).extract().asString();
        assertThat(empty).contains("站内搜索").doesNotContain("相关的信息");
        String hostile = given().accept("text/html").queryParam("q", "<script>alert(1)</script>").get("/search")
                .then().statusCode(200).extract().asString();
        assertThat(hostile).doesNotContain("<script>alert(1)</script>");
    }

    @Test
    void hostileOrMalformedQueriesGetAProblemOrAnEmptyResultNeverAnError() {
        search(Map.of("q", "\" * ? ~ : ( ) [ ] \\")).body("total", equalTo(0));
        search(Map.of("q", "公路 AND (养护 OR title:*)")).statusCode(200);
        search(Map.of("q", "' OR 1=1 --")).statusCode(200);
        JsonPath escaped = search(Map.of("q", "<img src=x onerror=alert(1)>公路养护")).extract().jsonPath();
        assertThat(escaped.getString("query")).contains("<img");
        assertThat(escaped.getList("hits.snippetHtml", String.class)).noneMatch(s -> s.contains("<img"));
        assertProblem(given().queryParam("q", "").get("/api/public/search").then(), 400, "q");
        assertProblem(given().queryParam("q", "路".repeat(500)).get("/api/public/search").then(), 400, "q");
        assertProblem(given().queryParam("q", "公路").queryParam("from", "2026-13-01").get("/api/public/search").then(), 400, "from");
        assertProblem(given().queryParam("q", "公路").queryParam("from", "2026-05-01").queryParam("to", "2026-04-01")
                .get("/api/public/search").then(), 400, "to");
        assertProblem(given().queryParam("q", "公路").queryParam("page", "0").get("/api/public/search").then(), 400, "page");
        assertProblem(given().queryParam("q", "公路").queryParam("size", "1000").get("/api/public/search").then(), 400, "size");
        assertProblem(given().queryParam("q", "公路").queryParam("sort", "random").get("/api/public/search").then(), 400, "sort");
        assertProblem(given().queryParam("q", "公路").queryParam("kind", "SECRET").get("/api/public/search").then(), 400, "kind");
        assertProblem(given().queryParam("q", "公路").queryParam("column", "abc").get("/api/public/search").then(), 400, "column");
    }

    @Test
    void theSiteOfficeRebuildsTheIndexFromTheDatabaseAndSeesItsProgress() {
        idsWhen("公路养护", list -> list.contains(maintenanceMeeting));
        given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_AFFILIATED)).contentType(ContentType.JSON).body(Map.of())
                .post("/api/search-index/rebuild").then().statusCode(403);
        given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).contentType(ContentType.JSON).body(Map.of("reason", "测试重建"))
                .post("/api/search-index/rebuild").then().statusCode(200).body("lastRebuild.reason", equalTo("测试重建"));
        JsonPath status = null;
        for (int i = 0; i < 200; i++) {
            status = given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).get("/api/search-index").then().statusCode(200)
                    .extract().jsonPath();
            if ("就绪".equals(status.getString("state")) && status.getString("lastRebuild.finishedAt") != null) {
                break;
            }
            sleep(100);
        }
        assertThat(status.getString("state")).isEqualTo("就绪");
        assertThat(status.getString("lastRebuild.failure")).isNull();
        assertThat(status.getLong("lastRebuild.processed")).isEqualTo(status.getLong("lastRebuild.total"));
        assertThat(status.getLong("documents")).isGreaterThanOrEqualTo(3);
        assertThat(ids(Map.of("q", "公路养护"))).contains(maintenanceMeeting);
    }

    private static io.restassured.response.ValidatableResponse search(Map<String, String> params) {
        return given().queryParams(params).queryParam("size", "50").get("/api/public/search").then().statusCode(200);
    }

    private static List<Long> ids(Map<String, String> params) {
        return search(params).extract().jsonPath().getList("hits.id", Long.class);
    }

    /** The index follows commits asynchronously: ask again for up to two seconds. */
    private static List<Long> idsWhen(String q, Predicate<List<Long>> ready) {
        List<Long> ids = List.of();
        for (int i = 0; i < 40; i++) {
            ids = ids(Map.of("q", q));
            if (ready.test(ids)) {
                return ids;
            }
            sleep(50);
        }
        return ids;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
