package cn.tianshan.article;

import static cn.tianshan.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.tianshan.testing.Flows;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The proactive-disclosure catalogue: index numbers, categories, filters, keyset paging, bad input. */
@QuarkusTest
class DisclosureCatalogueTest {

    static JsonPath page(String query) {
        return given().get("/api/public/disclosure-catalogue" + query).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void everyDisclosedItemIsListedWithItsIndexNumberAndCategoryAndPagesWithoutGapsOrRepeats() {
        long first = Flows.publishedPolicy("关于印发《公路养护工程管理办法》的通知（目录测试一）");
        long second = Flows.publishedPolicy("关于做好冬季道路运输安全工作的通知（目录测试二）");
        long news = Flows.create(cn.tianshan.testing.DemoUsers.NEWS_EDITOR, Flows.article("NEWS", "不在目录里的新闻（目录测试）", Flows.NEWS_COLUMN));
        Flows.submit(cn.tianshan.testing.DemoUsers.NEWS_EDITOR, news);

        JsonPath policies = page("?category=" + Flows.POLICY_COLUMN + "&size=100");
        List<Long> ids = policies.getList("entries.id", Long.class);
        assertThat(ids).contains(first, second).doesNotContain(news);
        assertThat(ids.indexOf(second)).isLessThan(ids.indexOf(first));
        JsonPath entry = page("?category=" + Flows.POLICY_COLUMN + "&size=100");
        int at = ids.indexOf(first);
        assertThat(entry.getString("entries[" + at + "].indexNumber")).isNotBlank();
        assertThat(entry.getList("entries[" + at + "].categories", String.class)).contains("政策文件");
        assertThat(entry.getString("entries[" + at + "].unitName")).isEqualTo("公路事业发展中心");

        int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
        assertThat(page("?year=" + year + "&size=100").getList("entries.id", Long.class)).contains(first, second);
        assertThat(page("?year=" + (year - 10) + "&size=100").getList("entries.id", Long.class)).doesNotContain(first, second);
        assertThat(page("?unit=GLFZZX&size=100").getList("entries.id", Long.class)).contains(first);
        assertThat(page("?unit=ZCFGC&size=100").getList("entries.id", Long.class)).doesNotContain(first);

        List<Long> walked = new ArrayList<>();
        String next = "";
        do {
            JsonPath p = page("?category=" + Flows.POLICY_COLUMN + "&size=1" + (next.isEmpty() ? "" : "&after=" + next));
            assertThat(p.getList("entries")).hasSizeLessThanOrEqualTo(1);
            walked.addAll(p.getList("entries.id", Long.class));
            next = p.getString("next") == null ? "" : p.getString("next");
        } while (!next.isEmpty());
        assertThat(walked).isEqualTo(ids);

        JsonPath categories = given().get("/api/public/disclosure-catalogue/categories").then().statusCode(200).extract().jsonPath();
        assertThat(categories.getList("name", String.class)).contains("政策文件");
    }

    @Test
    void badFiltersAreProblemsNamingTheParameter() {
        assertProblem(given().get("/api/public/disclosure-catalogue?year=二〇二六").then(), 400).body("errors[0].field", equalTo("year"));
        assertProblem(given().get("/api/public/disclosure-catalogue?year=1900").then(), 400).body("errors[0].field", equalTo("year"));
        assertProblem(given().get("/api/public/disclosure-catalogue?category=-3").then(), 400).body("errors[0].field", equalTo("category"));
        assertProblem(given().get("/api/public/disclosure-catalogue?after=not-a-cursor").then(), 400).body("errors[0].field", equalTo("after"));
        assertProblem(given().get("/api/public/disclosure-catalogue?size=1000").then(), 400).body("errors[0].field", equalTo("size"));
        given().get("/api/public/disclosure-catalogue?unit=' OR 1=1 --").then().statusCode(200).body("entries.size()", equalTo(0));
    }

    @Test
    void theCatalogueIsCompleteWithoutJavaScriptAndFiltersWithAGetForm() {
        long policy = Flows.publishedPolicy("关于公路路政许可事项的通知（目录无脚本）");
        String all = given().accept("text/html").get("/disclosure/catalogue?category=" + Flows.POLICY_COLUMN).then().statusCode(200)
                .extract().asString();
        assertThat(all).contains("<form method=\"get\" action=\"/disclosure/catalogue\"")
                .contains("<option value=\"" + Flows.POLICY_COLUMN + "\" selected>")
                .contains("<a href=\"/items/" + policy + "\">关于公路路政许可事项的通知（目录无脚本）</a>")
                .contains(Flows.get(cn.tianshan.testing.DemoUsers.SITE_OFFICE, policy).getString("indexNumber"));

        String firstPage = given().get("/disclosure/catalogue?category=" + Flows.POLICY_COLUMN).then().extract().asString();
        if (firstPage.contains(">下一页</a>")) {
            String next = firstPage.replaceAll("(?s).*href=\"/disclosure/catalogue\\?([^\"]+)\">下一页</a>.*", "$1").replace("&amp;", "&");
            assertThat(next).contains("category=" + Flows.POLICY_COLUMN).contains("after=");
            given().get("/disclosure/catalogue?" + next).then().statusCode(200);
        }
        String bad = given().get("/disclosure/catalogue?year=二〇二六").then().statusCode(400).extract().asString();
        assertThat(bad).contains("查询条件有误：年份须为 2000 至 2100 之间的数字");
        given().get("/disclosure/catalogue?unit=%27%20OR%201%3D1%20--").then().statusCode(200);
    }
}
