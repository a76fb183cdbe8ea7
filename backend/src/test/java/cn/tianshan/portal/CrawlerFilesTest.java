package cn.tianshan.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.tianshan.testing.DemoUsers;
import cn.tianshan.testing.Flows;
import cn.tianshan.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/** robots.txt, the sitemaps and the column feeds: well-formed, current after a publication and a withdrawal. */
@QuarkusTest
class CrawlerFilesTest {

    @Test
    void robotsPointsToTheSitemapAndKeepsCrawlersOutOfTheConsole() {
        String robots = given().get("/robots.txt").then().statusCode(200).contentType("text/plain").extract().asString();
        assertThat(robots).contains("Disallow: /admin").contains("Disallow: /api/")
                .contains("Sitemap: https://jtyst.xinjiang.gov.cn/sitemap.xml");
    }

    @Test
    void theSitemapsListEveryPublishedArticleWithItsDateAndDropAWithdrawnOne() throws Exception {
        long article = Flows.publishedNews("网站地图测试：交通要闻 " + System.nanoTime());
        String index = xml("/sitemap.xml");
        assertThat(index).contains("<sitemapindex").contains("https://jtyst.xinjiang.gov.cn/sitemaps/pages.xml")
                .contains("https://jtyst.xinjiang.gov.cn/sitemaps/articles-0.xml");
        assertThat(xml("/sitemaps/pages.xml")).contains("/columns/" + Flows.NEWS_COLUMN + "</loc>").contains("<loc>https://jtyst.xinjiang.gov.cn/</loc>");
        String articles = xml("/sitemaps/articles-0.xml");
        assertThat(articles).containsPattern("/items/" + article + "</loc><lastmod>\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+08:00</lastmod>");

        String feed = xml("/columns/" + Flows.NEWS_COLUMN + "/feed.xml");
        assertThat(feed).contains("<rss version=\"2.0\">").contains("<title>交通要闻 - 新疆维吾尔自治区交通运输厅</title>")
                .contains("https://jtyst.xinjiang.gov.cn/items/" + article).contains("+0800</pubDate>");

        given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).contentType(ContentType.JSON)
                .body(Map.of("kind", "WITHDRAWN", "reason", "网站地图测试")).post("/api/articles/" + article + "/withdrawal")
                .then().statusCode(200);
        assertThat(xml("/sitemaps/articles-0.xml")).doesNotContain("/items/" + article + "<");
        assertThat(xml("/columns/" + Flows.NEWS_COLUMN + "/feed.xml")).doesNotContain("/items/" + article + "<");
    }

    @Test
    void anUnknownColumnOrSitemapIsNotFound() {
        given().get("/columns/987654321/feed.xml").then().statusCode(404).contentType("application/problem+json");
        given().get("/sitemaps/articles-9999.xml").then().statusCode(404);
    }

    /** The body, after checking it is well-formed XML. */
    private static String xml(String path) throws Exception {
        byte[] body = given().get(path).then().statusCode(200).contentType("application/xml").extract().asByteArray();
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(body));
        return new String(body, StandardCharsets.UTF_8);
    }
}
