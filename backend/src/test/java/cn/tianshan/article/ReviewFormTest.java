package cn.tianshan.article;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.tianshan.testing.DemoUsers;
import cn.tianshan.testing.Flows;
import cn.tianshan.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The printed Annex 3 follows the chain the article actually ran, and names the contact with both phone numbers. */
@QuarkusTest
class ReviewFormTest {

    private static JsonPath form(String user, long article) {
        return given().auth().oauth2(Tokens.of(user)).get("/api/articles/" + article + "/review-form").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void anAffiliatedUnitsPolicyFillsTheFourRowsOfTheDepartmentChainWithTheUnitHeadAsContact() {
        long article = Flows.publishedPolicy("附件3四行");

        JsonPath form = form(DemoUsers.SITE_OFFICE, article);

        List<Map<String, Object>> rows = form.getList("rows");
        assertThat(rows).hasSize(4).allSatisfy(r -> assertThat(r.get("applies")).isEqualTo(true));
        assertThat(rows).extracting(r -> r.get("signedBy")).containsExactly("王强", "刘洋", "陈军", "孙丽");
        assertThat(form.getString("unitName")).isEqualTo("公路事业发展中心");
        assertThat(form.getString("contact.name")).isEqualTo("王强");
        assertThat(form.getString("contact.mobile")).isEqualTo("13899100102");
        assertThat(form.getString("revisionHash")).isNotBlank();
    }

    @Test
    void aNewsArticleHasTheThreeRowsOfTheNewsChain() {
        long article = Flows.publishedNews("附件3三行");

        JsonPath form = form(DemoUsers.NEWS_EDITOR, article);

        assertThat(form.getList("rows")).hasSize(3);
        assertThat(form.getList("rows.signedBy")).containsExactly("徐刚", "陈军", "林雪");
        assertThat(form.getString("contact.mobile")).isEqualTo("13899100302");
    }

    @Test
    void anUnsubmittedDraftHasNoRowsYetAndStrangersMayNotReadIt() {
        long article = Flows.create(DemoUsers.EDITOR_AFFILIATED, Flows.article("NOTICE", "附件3草稿", Flows.HIGHWAY_COLUMN));

        assertThat(form(DemoUsers.EDITOR_AFFILIATED, article).getList("rows")).isEmpty();
        given().auth().oauth2(Tokens.of(DemoUsers.NEWS_EDITOR)).get("/api/articles/" + article + "/review-form").then()
                .statusCode(403);
    }
}
