package cn.tianshan.confidentiality;

import static cn.tianshan.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.tianshan.testing.DemoUsers;
import cn.tianshan.testing.Flows;
import cn.tianshan.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Annex 5 (Art. 16): 先审查、后公开, by the right people, on the exact revision, and no opinion ever overwritten. */
@QuarkusTest
class ConfidentialityReviewTest {

    private static final String READER = DemoUsers.SITE_OFFICE;

    private static long upToTheSiteOffice(String title) {
        long article = Flows.create(DemoUsers.EDITOR_AFFILIATED, Flows.article("POLICY", title, Flows.POLICY_COLUMN));
        Flows.submit(DemoUsers.EDITOR_AFFILIATED, article);
        Flows.approveWaiting(DemoUsers.UNIT_HEAD_AFFILIATED, READER, article);
        Flows.approveWaiting(DemoUsers.DEPT_REVIEWER, READER, article);
        Flows.approveWaiting(DemoUsers.LEADER, READER, article);
        return article;
    }

    private static JsonPath forms(long article) {
        return given().auth().oauth2(Tokens.of(READER)).queryParam("articleId", article).get("/api/confidentiality-reviews")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theSiteOfficeCannotApproveBeforeTheFormIsAgreeAgree() {
        long article = upToTheSiteOffice("未经保密审查的文件");
        long step4 = Flows.waitingTask(READER, article);
        List<Map<String, Object>> actions = Flows.get(READER, article).getList("reviewActions");
        assertThat(actions).anySatisfy(a -> {
            assertThat(a.get("name")).isEqualTo("approve");
            assertThat(a.get("enabled")).isEqualTo(false);
            assertThat(a.get("reason").toString()).contains("先审查、后公开").contains("吴华");
        });
        assertProblem(Flows.approve(READER, step4), 409).body("detail", containsString("保密审查（附件5）尚未完成"));
        Flows.opinion(DemoUsers.SECRECY_REVIEWER, "staff", article, "AGREE").statusCode(200);
        Flows.opinion(DemoUsers.LEADER, "leader", article, "DISAGREE").statusCode(200).body("agreed", equalTo(false));
        assertProblem(Flows.approve(READER, step4), 409).body("detail", equalTo("保密审查（附件5）主管领导意见为不同意（陈军），不能发布，请退回修改"));
    }

    @Test
    void theLeaderOpinionIsSignedByTheLeaderInChargeOfTheArticlesUnit() {
        long article = upToTheSiteOffice("分管领导签署");
        Flows.opinion(DemoUsers.SECRECY_REVIEWER, "staff", article, "AGREE").statusCode(200);
        assertProblem(Flows.opinion(DemoUsers.OTHER_LEADER, "leader", article, "AGREE"), 403)
                .body("detail", equalTo("此信息属于公路事业发展中心，保密审查表的主管领导意见由其分管领导陈军签署"));
        Flows.opinion(DemoUsers.LEADER, "leader", article, "AGREE").statusCode(200).body("agreed", equalTo(true))
                .body("responsibleLeader", equalTo("陈军")).body("leader.name", equalTo("陈军"));
    }

    @Test
    void aChangedOpinionIsANewRecordAndEveryEarlierOneStaysVisible() {
        long article = upToTheSiteOffice("改变的意见");
        Flows.opinion(DemoUsers.SECRECY_REVIEWER, "staff", article, "AGREE").statusCode(200);
        Flows.opinion(DemoUsers.LEADER, "leader", article, "AGREE").statusCode(200).body("agreed", equalTo(true));
        Flows.opinion(DemoUsers.SECRECY_REVIEWER, "staff", article, "DISAGREE").statusCode(200)
                .body("agreed", equalTo(false)).body("leader", org.hamcrest.Matchers.nullValue())
                .body("opinions.opinion", equalTo(List.of("AGREE", "AGREE", "DISAGREE")))
                .body("opinions.current", equalTo(List.of(false, false, true)))
                .body("opinions.roleLabel", equalTo(List.of("工作机构或人员审查意见", "主管领导意见", "工作机构或人员审查意见")))
                .body("waitingFor", containsString("工作机构或人员审查意见为不同意（吴华）"));
        Flows.opinion(DemoUsers.SECRECY_REVIEWER, "staff", article, "AGREE").statusCode(200);
        assertThat(Flows.get(READER, article).getString("activeRun.waitingFor")).contains("等待 陈军（公路事业发展中心的分管领导）签署主管领导意见");
        Flows.opinion(DemoUsers.LEADER, "leader", article, "AGREE").statusCode(200).body("agreed", equalTo(true))
                .body("opinions", org.hamcrest.Matchers.hasSize(5));
        Flows.approveWaiting(READER, READER, article);
        JsonPath forms = forms(article);
        assertThat(forms.getString("[0].handlerName")).isEqualTo("孙丽");
        assertThat(forms.getString("[0].serial")).matches("\\d{4}-\\d{4}");
        assertProblem(Flows.opinion(DemoUsers.SECRECY_REVIEWER, "staff", article, "AGREE"), 409);
    }

    @Test
    void anOpinionIsOnTheRevisionReadAndAnEditStartsANewForm() {
        long article = upToTheSiteOffice("按版本审查");
        long read = Flows.get(READER, article).getLong("current.id");
        Flows.opinion(DemoUsers.SECRECY_REVIEWER, "staff", article, "AGREE").statusCode(200);
        Map<String, Object> edit = Flows.article("POLICY", "按版本审查（改）", Flows.POLICY_COLUMN);
        edit.put("baseRevision", 1);
        given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_AFFILIATED)).contentType(ContentType.JSON).body(edit)
                .put("/api/articles/" + article).then().statusCode(200);
        assertProblem(given().auth().oauth2(Tokens.of(DemoUsers.SECRECY_REVIEWER)).contentType(ContentType.JSON)
                .body(Map.of("articleId", article, "revisionId", read, "opinion", "AGREE"))
                .post("/api/confidentiality-reviews/staff-opinions").then(), 409).body("detail", containsString("第 2 版"));
        JsonPath forms = forms(article);
        assertThat(forms.getList("forCurrentRevision", Boolean.class)).containsExactly(true, false);
        assertThat(forms.getList("revisionNumber", Integer.class)).containsExactly(2, 1);
        assertThat(forms.getString("[0].id")).isNull();
        assertThat(forms.getList("[1].opinions")).hasSize(1);
    }

    @Test
    void onlyColumnsThatNeedTheFormHaveOneButEveryArticleRecordsAConfidentialityCheck() {
        String office = Tokens.of(READER);
        long main = given().auth().oauth2(office).get("/api/sites").then().extract().jsonPath().getLong("find { it.code == 'main' }.id");
        JsonPath tree = given().auth().oauth2(office).get("/api/sites/" + main + "/columns").then().extract().jsonPath();
        assertThat(tree.getBoolean("find { it.code == 'zwgk' }.children.find { it.code == 'zcwj' }.requiresAnnex5")).isTrue();
        assertThat(tree.getBoolean("find { it.code == 'zwfw' }.children.find { it.code == 'bszn' }.requiresAnnex5")).isTrue();
        assertThat(tree.getBoolean("find { it.code == 'xwzx' }.children.find { it.code == 'tzgg' }.requiresAnnex5")).isTrue();
        assertThat(tree.getBoolean("find { it.code == 'xwzx' }.children.find { it.code == 'jtyw' }.requiresAnnex5")).isFalse();

        long news = Flows.publishedNews("无需附件5的新闻");
        assertProblem(Flows.opinion(DemoUsers.SECRECY_REVIEWER, "staff", news, "AGREE"), 409);
        List<Map<String, Object>> steps = given().auth().oauth2(office).get("/api/articles/" + news + "/reviews").then()
                .extract().jsonPath().getList("[0].tasks");
        assertThat(steps).last().satisfies(t -> {
            assertThat(t.get("requiresConfidentiality")).isEqualTo(true);
            assertThat(t.get("confidentialityChecked")).isEqualTo(true);
            assertThat(t.get("actorName")).isEqualTo("林雪");
        });
    }

    @Test
    void aYearsRegisterIsForTheSiteOfficeAndSecrecyReviewers() {
        long article = upToTheSiteOffice("登记簿");
        Flows.agreeConfidentiality(article);
        int year = Flows.today().getYear();
        given().auth().oauth2(Tokens.of(DemoUsers.SECRECY_REVIEWER)).queryParam("year", year).get("/api/confidentiality-reviews")
                .then().statusCode(200).body("articleTitle", org.hamcrest.Matchers.hasItem("登记簿"));
        assertProblem(given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_DEPARTMENT)).queryParam("year", year)
                .get("/api/confidentiality-reviews").then(), 403);
        assertProblem(given().auth().oauth2(Tokens.of(READER)).get("/api/confidentiality-reviews").then(), 400)
                .body("errors[0].field", equalTo("articleId"));
    }
}
