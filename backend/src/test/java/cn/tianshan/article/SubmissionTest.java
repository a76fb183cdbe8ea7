package cn.tianshan.article;

import static cn.tianshan.testing.Flows.HIGHWAY_COLUMN;
import static cn.tianshan.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.tianshan.testing.DemoUsers;
import cn.tianshan.testing.Flows;
import cn.tianshan.testing.Tokens;
import cn.tianshan.testing.Uploads;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import cn.tianshan.testing.Race;
import org.junit.jupiter.api.Test;

/** What is on the editor's screen is what gets reviewed: the revision submitted, every uploaded file, the route. */
@QuarkusTest
class SubmissionTest {

    private static final String EDITOR = DemoUsers.EDITOR_AFFILIATED;
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes();

    private static io.restassured.specification.RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON);
    }

    @Test
    void aSubmissionNamesTheRevisionOnScreenAndAStaleOneIsRefusedWithTheCurrent() {
        long article = Flows.create(EDITOR, Flows.article("NOTICE", "屏幕上的版本", HIGHWAY_COLUMN));
        Map<String, Object> newer = Flows.article("NOTICE", "屏幕上的版本（别人改过）", HIGHWAY_COLUMN);
        newer.put("baseRevision", 1);
        as(EDITOR).body(newer).put("/api/articles/" + article).then().statusCode(200);
        assertProblem(as(EDITOR).body(Map.of("revision", 1)).post("/api/articles/" + article + "/submission").then(), 409)
                .body("detail", containsString("已保存第 2 版")).body("current.number", equalTo(2));
        assertProblem(as(EDITOR).body(Map.of()).post("/api/articles/" + article + "/submission").then(), 400)
                .body("errors[0].field", equalTo("revision"));
        as(EDITOR).body(Map.of("revision", 2)).post("/api/articles/" + article + "/submission").then().statusCode(200)
                .body("editorialStatus", equalTo("IN_REVIEW"));
        given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).get("/api/articles/" + article + "/reviews").then()
                .body("[0].title", equalTo("屏幕上的版本（别人改过）"));
    }

    @Test
    void anUploadedFileIsNeverSilentlyLeftOut() {
        long article = Flows.create(EDITOR, Flows.article("NOTICE", "详见附件", HIGHWAY_COLUMN));
        var uploaded = Uploads.upload(EDITOR, "/api/articles/" + article + "/attachments", "养护方案.pdf", PDF, "application/pdf");
        long attachment = uploaded.body().getLong("id");
        assertThat(uploaded.body().getBoolean("pending")).isTrue();
        assertProblem(Flows.trySubmit(EDITOR, article), 409).body("detail", containsString("附件“养护方案.pdf”已上传但还没有保存到信息中"));
        Map<String, Object> saved = Flows.article("NOTICE", "详见附件", HIGHWAY_COLUMN);
        saved.put("attachmentIds", List.of(attachment));
        saved.put("baseRevision", 1);
        as(EDITOR).body(saved).put("/api/articles/" + article).then().statusCode(200)
                .body("attachments.find { it.id == " + attachment + " }.pending", equalTo(false));
        Flows.submit(EDITOR, article);
        Flows.approveWaiting(DemoUsers.UNIT_HEAD_AFFILIATED, DemoUsers.SITE_OFFICE, article);
        Flows.approveWaiting(DemoUsers.LEADER, DemoUsers.SITE_OFFICE, article);
        Flows.agreeConfidentiality(article);
        Flows.approveWaiting(DemoUsers.SITE_OFFICE, DemoUsers.SITE_OFFICE, article);
        given().get("/api/public/articles/" + article).then().statusCode(200).body("attachments.name", equalTo(List.of("养护方案.pdf")));
    }

    @Test
    void aWrongUploadCanBeDeletedUntilARevisionListsIt() {
        long article = Flows.create(EDITOR, Flows.article("NOTICE", "传错附件", HIGHWAY_COLUMN));
        long wrong = Uploads.upload(EDITOR, "/api/articles/" + article + "/attachments", "传错了.pdf", PDF, "application/pdf").body().getLong("id");
        long right = Uploads.upload(EDITOR, "/api/articles/" + article + "/attachments", "正确.pdf", PDF, "application/pdf").body().getLong("id");
        given().auth().oauth2(Tokens.of(EDITOR)).delete("/api/articles/" + article + "/attachments/" + wrong).then().statusCode(204);
        Map<String, Object> saved = Flows.article("NOTICE", "传错附件", HIGHWAY_COLUMN);
        saved.put("attachmentIds", List.of(right));
        saved.put("baseRevision", 1);
        as(EDITOR).body(saved).put("/api/articles/" + article).then().statusCode(200);
        assertProblem(given().auth().oauth2(Tokens.of(EDITOR)).delete("/api/articles/" + article + "/attachments/" + right).then(), 409)
                .body("detail", containsString("已保存在信息的修订版本中"));
        assertProblem(given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_DEPARTMENT)).delete("/api/articles/" + article + "/attachments/" + right)
                .then(), 403);
        Flows.submit(EDITOR, article);
    }

    @Test
    void beforeSubmittingTheEditorSeesEachStepAndWhoCanAct() {
        long article = Flows.create(EDITOR, Flows.article("POLICY", "报送路线", Flows.POLICY_COLUMN));
        List<Map<String, Object>> route = given().auth().oauth2(Tokens.of(EDITOR)).get("/api/articles/" + article + "/route").then()
                .statusCode(200).extract().jsonPath().getList("$");
        assertThat(route).extracting(s -> s.get("name")).containsExactly("申请单位意见", "厅相关处室（栏目主管单位）意见", "厅分管领导意见",
                "主管处室意见（保密审查）");
        assertThat(route).extracting(s -> s.get("applies")).containsOnly(true);
        assertThat(names(route.get(0))).contains("王强");
        assertThat(names(route.get(1))).contains("赵敏", "刘洋");
        assertThat(route.get(2).get("assignee")).isEqualTo("陈军（厅分管领导）");
        assertThat(names(route.get(3))).containsExactly("孙丽");
        long own = Flows.create(DemoUsers.EDITOR_DEPARTMENT, Flows.article("POLICY", "本单位的报送路线", Flows.POLICY_COLUMN));
        given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_DEPARTMENT)).get("/api/articles/" + own + "/route").then()
                .body("[1].applies", equalTo(false)).body("[1].note", equalTo("不适用：信息由栏目主管单位自行报送"));
    }

    @Test
    void anAbandonedDraftIsDiscardedAndStopsCountingAsOverdue() {
        Map<String, Object> old = Flows.article("NOTICE", "放弃的草稿", HIGHWAY_COLUMN);
        old.put("infoDate", "2026-03-02");
        long article = Flows.create(EDITOR, old);
        assertThat(Flows.get(EDITOR, article).getBoolean("overdue")).isTrue();
        assertThat(Flows.get(EDITOR, article).getList("allowed", String.class)).contains("discard");
        assertProblem(as(EDITOR).body(Map.of("reason", " ")).post("/api/articles/" + article + "/discard").then(), 400);
        as(EDITOR).body(Map.of("reason", "活动取消，不再发布")).post("/api/articles/" + article + "/discard").then().statusCode(200)
                .body("editorialStatus", equalTo("DISCARDED")).body("editorialLabel", equalTo("已废弃"))
                .body("overdue", equalTo(false)).body("allowed", equalTo(List.of()));
        assertProblem(Flows.trySubmit(EDITOR, article), 409).body("detail", equalTo("信息已废弃，不能送审"));
        given().auth().oauth2(Tokens.of(EDITOR)).get("/api/articles").then().body("articles.id", org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.hasItem((int) article)));
        given().auth().oauth2(Tokens.of(EDITOR)).queryParam("editorialStatus", "DISCARDED").get("/api/articles").then()
                .body("articles.id", org.hamcrest.Matchers.hasItem((int) article));
        long published = Flows.publishedPolicy("已发布的不能废弃");
        assertProblem(as(EDITOR).body(Map.of("reason", "试试")).post("/api/articles/" + published + "/discard").then(), 409);
    }

    @Test
    void aChangedInformationDateAfterSubmissionIsRecordedWithWhoChangedIt() {
        long article = Flows.create(EDITOR, Flows.article("NOTICE", "改信息日期", HIGHWAY_COLUMN));
        Flows.submit(EDITOR, article);
        Map<String, Object> edit = Flows.article("NOTICE", "改信息日期", HIGHWAY_COLUMN);
        edit.put("infoDate", Flows.today().minusDays(10).toString());
        edit.put("baseRevision", 1);
        as(EDITOR).body(edit).put("/api/articles/" + article).then().statusCode(200)
                .body("dueDateHistory[0].reason", equalTo("信息生成日期由 " + Flows.today() + " 改为 " + Flows.today().minusDays(10) + "（张伟修改）"))
                .body("dueDateHistory[0].changedByName", equalTo("张伟"));
        assertThat(Flows.inbox(DemoUsers.UNIT_HEAD_AFFILIATED)).anySatisfy(d -> {
            assertThat(((Number) d.get("subjectId")).longValue()).isEqualTo(article);
            assertThat(d.get("infoDate")).isEqualTo(Flows.today().minusDays(10).toString());
        });
    }

    @SuppressWarnings("unchecked")
    private static List<Object> names(Map<String, Object> step) {
        return ((List<Map<String, Object>>) step.get("candidates")).stream().map(c -> c.get("name")).toList();
    }

    @Test
    void eightSavesFromTheSameRevisionAtOnceKeepOneAndTellTheOthersWhatChanged() throws Exception {
        long article = Flows.create(EDITOR, Flows.article("NOTICE", "同时保存", HIGHWAY_COLUMN));
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        List<Integer> statuses = Race.statuses(8, () -> {
            Map<String, Object> edit = Flows.article("NOTICE", "同时保存（第" + n.incrementAndGet() + "个窗口）", HIGHWAY_COLUMN);
            edit.put("baseRevision", 1);
            return as(EDITOR).body(edit).put("/api/articles/" + article).then().extract().statusCode();
        });
        assertThat(statuses).containsOnlyOnce(200).filteredOn(s -> s != 200).containsOnly(409).hasSize(7);
        assertThat(Flows.get(EDITOR, article).getInt("current.number")).isEqualTo(2);
        List<Integer> submissions = Race.statuses(8, () -> as(EDITOR).body(Map.of("revision", 2))
                .post("/api/articles/" + article + "/submission").then().extract().statusCode());
        assertThat(submissions).containsOnlyOnce(200).filteredOn(s -> s != 200).containsOnly(409).hasSize(7);
    }
}
