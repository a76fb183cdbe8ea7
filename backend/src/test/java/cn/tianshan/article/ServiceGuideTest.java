package cn.tianshan.article;

import static cn.tianshan.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.tianshan.testing.DemoUsers;
import cn.tianshan.testing.Flows;
import cn.tianshan.testing.Tokens;
import cn.tianshan.testing.Uploads;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Service guides (办事指南, Art. 11): every element inspectors check, forms to download, the online handling link. */
@QuarkusTest
class ServiceGuideTest {

    private static final String EDITOR = DemoUsers.EDITOR_DEPARTMENT;
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes();

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON);
    }

    private static long guides() {
        return Flows.columnId("main", "bszn");
    }

    static Map<String, Object> completeGuide() {
        Map<String, Object> guide = new HashMap<>();
        guide.put("itemName", "道路旅客运输经营许可");
        guide.put("legalBasis", "《中华人民共和国道路运输条例》第十条");
        guide.put("conditions", "有与其经营业务相适应并经检测合格的车辆；\n有符合规定条件的驾驶人员");
        guide.put("materials", "1. 道路旅客运输经营申请表（原件 1 份）\n2. 企业章程文本（复印件 1 份）");
        guide.put("place", "乌鲁木齐市天山区新华南路 1 号政务服务大厅 3 号窗口");
        guide.put("handlingBody", "自治区道路运输管理局");
        guide.put("fees", "不收费");
        guide.put("timeLimit", "法定 20 个工作日，承诺 10 个工作日");
        guide.put("phone", "0991-5550123、12328");
        guide.put("procedure", "申请\n受理\n审查\n决定\n送达");
        return guide;
    }

    static Map<String, Object> guideArticle(String title, Map<String, Object> guide) {
        Map<String, Object> body = Flows.article("SERVICE_GUIDE", title, guides());
        body.put("guide", guide);
        return body;
    }

    @Test
    void aDraftMayLackElementsButSubmittingNamesEachMissingOne() {
        long article = Flows.create(EDITOR, guideArticle("道路货物运输经营许可办事指南（要素不全）",
                Map.of("itemName", "道路货物运输经营许可", "phone", "0991-5550123")));
        assertThat(Flows.get(EDITOR, article).getString("current.guide.itemName")).isEqualTo("道路货物运输经营许可");

        var problem = assertProblem(Flows.trySubmit(EDITOR, article), 422)
                .body("type", containsString("incomplete-service-guide"))
                .body("detail", containsString("缺少8项要素：设定依据、申请条件、申请材料、办理地点、办理机构、收费标准、办理时限、办理流程"));
        assertThat(problem.extract().jsonPath().getList("errors.field", String.class)).containsExactly("guide.legalBasis",
                "guide.conditions", "guide.materials", "guide.place", "guide.handlingBody", "guide.fees", "guide.timeLimit",
                "guide.procedure");
        assertThat(Flows.get(EDITOR, article).getString("editorialStatus")).isEqualTo("DRAFT");
    }

    @Test
    void elementFormatsAreCheckedWhenSavedAndTheOnlineLinkFollowsTheLinkRules() {
        Map<String, Object> badPhone = completeGuide();
        badPhone.put("phone", "请拨打办公室电话");
        assertProblem(as(EDITOR).body(guideArticle("电话写错的办事指南", badPhone)).post("/api/articles").then(), 400)
                .body("errors[0].field", equalTo("guide.phone")).body("errors[0].message", containsString("咨询电话"));

        Map<String, Object> notAnAddress = completeGuide();
        notAnAddress.put("onlineUrl", "政务服务网");
        assertProblem(as(EDITOR).body(guideArticle("地址写错的办事指南", notAnAddress)).post("/api/articles").then(), 400)
                .body("errors[0].field", equalTo("guide.onlineUrl"));

        Map<String, Object> unregistered = completeGuide();
        unregistered.put("onlineUrl", "https://banli.example-commercial.com/apply");
        assertProblem(as(EDITOR).body(guideArticle("链到未备案网站的办事指南", unregistered)).post("/api/articles").then(), 422)
                .body("type", containsString("unregistered-links")).body("errors[0].field", equalTo("guide.onlineUrl"));

        Map<String, Object> oversized = completeGuide();
        oversized.put("materials", "材".repeat(4001));
        assertProblem(as(EDITOR).body(guideArticle("材料过长的办事指南", oversized)).post("/api/articles").then(), 400)
                .body("errors[0].field", containsString("materials"));
    }

    @Test
    void aCompleteGuideIsPublishedWithEveryElementItsFormsAndItsOnlineLinkAndIsReadableWithoutJavaScript() {
        Map<String, Object> guide = completeGuide();
        guide.put("onlineUrl", "https://zwfw.xinjiang.gov.cn/apply/road-passenger");
        long article = Flows.create(EDITOR, guideArticle("道路旅客运输经营许可办事指南", guide));
        long form = Uploads.upload(EDITOR, "/api/articles/" + article + "/attachments", "道路旅客运输经营申请表.pdf", PDF,
                "application/pdf").body().getLong("id");
        Map<String, Object> withForm = guideArticle("道路旅客运输经营许可办事指南", guide);
        withForm.put("attachmentIds", List.of(form));
        withForm.put("baseRevision", 1);
        as(EDITOR).body(withForm).put("/api/articles/" + article).then().statusCode(200);
        Flows.submit(EDITOR, article);

        Map<String, Object> emptied = new HashMap<>(withForm);
        Map<String, Object> lessGuide = completeGuide();
        lessGuide.remove("fees");
        emptied.put("guide", lessGuide);
        emptied.put("baseRevision", 2);
        assertProblem(as(EDITOR).body(emptied).put("/api/articles/" + article).then(), 422)
                .body("errors[0].field", equalTo("guide.fees"));

        Flows.passOwnUnitGovernmentChain(article);
        given().get("/api/public/articles/" + article).then().statusCode(200)
                .body("guide.itemName", equalTo("道路旅客运输经营许可"))
                .body("guide.fees", equalTo("不收费"))
                .body("guide.onlineUrl", equalTo("https://zwfw.xinjiang.gov.cn/apply/road-passenger"))
                .body("attachments.name", equalTo(List.of("道路旅客运输经营申请表.pdf")));

        String html = given().accept("text/html").get("/items/" + article).then().statusCode(200).extract().asString();
        assertThat(html).contains("<h2>办事指南</h2>").contains("<th scope=\"row\">设定依据</th><td>《中华人民共和国道路运输条例》第十条</td>")
                .contains("<th scope=\"row\">办理流程</th>").contains("<h2>表格下载</h2>").contains("道路旅客运输经营申请表.pdf")
                .contains("href=\"https://zwfw.xinjiang.gov.cn/apply/road-passenger\"");
    }

    @Test
    void otherKindsCarryNoGuideAndKeepTheirContentHashes() {
        Map<String, Object> notice = Flows.article("OTHER", "带着指南要素的表格", Flows.columnId("main", "bgxz"));
        notice.put("guide", completeGuide());
        long article = Flows.create(EDITOR, notice);
        var detail = Flows.get(EDITOR, article);
        assertThat(detail.getString("current.guide")).isNull();
        long plain = Flows.create(EDITOR, Flows.article("OTHER", "带着指南要素的表格", Flows.columnId("main", "bgxz")));
        as(EDITOR).get("/api/articles/" + plain).then().body("current.guide", nullValue())
                .body("current.contentHash", equalTo(detail.getString("current.contentHash")));
    }
}
