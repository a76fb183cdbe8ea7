package cn.tianshan.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.tianshan.testing.DemoUsers;
import cn.tianshan.testing.Flows;
import cn.tianshan.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a crawler sees (plain HTTP, no JavaScript): complete HTML with title, date, body, links and the site
 * identity footer, inside the SPA's shell.
 */
@QuarkusTest
class PublicPagesTest {

    @Test
    void anItemPageIsCompleteWithoutJavaScript() {
        long article = Flows.publishedPolicy("爬虫可读的政策文件");
        String html = given().accept("text/html").get("/items/" + article).then().statusCode(200)
                .contentType("text/html")
                .header("Content-Security-Policy", org.hamcrest.Matchers.startsWith("default-src 'self'; script-src 'self'; "))
                .extract().asString();
        assertThat(html).as("no inline script the policy would block").doesNotContainPattern("<script(?![^>]*\\ssrc=)");
        assertThat(html).contains("<title>爬虫可读的政策文件 - 新疆维吾尔自治区交通运输厅</title>")
                .contains("<h1>爬虫可读的政策文件</h1>").contains("爬虫可读的政策文件的正文。")
                .contains("发布日期：<time").contains("发布机构：公路事业发展中心").contains("来源：公路事业发展中心")
                .doesNotContain("本机关制发").contains("效力状态：现行有效")
                .contains("<a href=\"https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=6500000000\">我为政府网站找错</a>")
                .contains("网站标识码：6500000000").contains("<script type=\"module\" src=\"/assets/app.js\">")
                .contains("href=\"/columns/" + Flows.POLICY_COLUMN + "\"");
    }

    @Test
    void theHomepageAndColumnPagesListPublishedItems() {
        long article = Flows.publishedNews("首页可见的要闻");
        String home = given().get("/").then().statusCode(200).extract().asString();
        assertThat(home).contains("<h2 id=\"column-" + Flows.NEWS_COLUMN + "\">").contains("href=\"/items/" + article + "\"")
                .contains("首页可见的要闻").contains("信用交通·新疆");
        String column = given().get("/columns/" + Flows.NEWS_COLUMN).then().statusCode(200).extract().asString();
        assertThat(column).contains("<h1>交通要闻</h1>").contains("首页可见的要闻");
    }

    @Test
    void aWithdrawnItemKeepsItsPageWithANoticeAndAnUnknownOneIs404() {
        long article = Flows.publishedNews("将撤回的新闻");
        given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).contentType(ContentType.JSON)
                .body(Map.of("kind", "WITHDRAWN", "reason", "信息有误")).post("/api/articles/" + article + "/withdrawal").then().statusCode(200);
        String html = given().get("/items/" + article).then().statusCode(410).extract().asString();
        assertThat(html).contains("将撤回的新闻").contains("撤回原因：信息有误").doesNotContain("将撤回的新闻的正文");
        given().get("/items/987654321").then().statusCode(404);
        given().get("/admin/calendar").then().statusCode(200);
    }

    @Test
    void theUnitsPageIsCompleteWithoutJavaScript() {
        String html = given().accept("text/html").get("/units").then().statusCode(200).contentType("text/html").extract().asString();
        assertThat(html).contains("<title>机构设置 - 新疆维吾尔自治区交通运输厅</title>").contains("<h1>机构设置与联系方式</h1>")
                .contains("<th scope=\"row\">政策法规处</th>").contains("0991-0000002").doesNotContain(">厅领导<");
    }

    @Test
    void aReprintNamesItsSource() {
        java.util.Map<String, Object> body = Flows.article("NEWS", "转载的新闻", Flows.NEWS_COLUMN);
        body.put("origin", "REPRINT");
        body.put("sourceName", "交通运输部网站");
        long article = Flows.create(DemoUsers.NEWS_EDITOR, body);
        Flows.submit(DemoUsers.NEWS_EDITOR, article);
        Flows.approveWaiting(DemoUsers.NEWS_HEAD, DemoUsers.SITE_OFFICE, article);
        Flows.approveWaiting(DemoUsers.LEADER, DemoUsers.SITE_OFFICE, article);
        Flows.approveWaiting(DemoUsers.NEWS_REVIEWER, DemoUsers.SITE_OFFICE, article);
        given().get("/api/public/articles/" + article).then().statusCode(200)
                .body("source", org.hamcrest.Matchers.equalTo("交通运输部网站")).body("origin", org.hamcrest.Matchers.equalTo("转载"));
    }
}
