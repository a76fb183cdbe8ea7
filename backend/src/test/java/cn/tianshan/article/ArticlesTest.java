package cn.tianshan.article;

import static cn.tianshan.testing.Flows.HIGHWAY_COLUMN;
import static cn.tianshan.testing.Flows.POLICY_COLUMN;
import static cn.tianshan.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import cn.tianshan.testing.DemoUsers;
import cn.tianshan.testing.Flows;
import cn.tianshan.testing.Tokens;
import cn.tianshan.testing.Uploads;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticlesTest {

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    private static final String EDITOR = DemoUsers.EDITOR_AFFILIATED;

    /** Browsers send multipart file names in UTF-8; so does this client. */
    private static final io.restassured.config.RestAssuredConfig UTF8_MULTIPART = io.restassured.config.RestAssuredConfig.config()
            .multiPartConfig(io.restassured.config.MultiPartConfig.multiPartConfig().defaultCharset("UTF-8"));

    private static io.restassured.specification.RequestSpecification as(String user) {
        return given().config(UTF8_MULTIPART).auth().oauth2(Tokens.of(user));
    }

    @Test
    void aDraftNamesEveryMissingOrWrongField() {
        Map<String, Object> body = Flows.article("POLICY", "缺项", POLICY_COLUMN);
        body.remove("documentNumber");
        body.put("origin", "REPRINT");
        body.put("infoDate", LocalDate.now().plusDays(3).toString());
        body.put("columnIds", List.of(POLICY_COLUMN, 999_999));
        body.put("sourceUrl", "javascript:alert(1)");
        assertProblem(as(EDITOR).contentType(ContentType.JSON).body(body).post("/api/articles").then(), 400)
                .body("errors.field", hasItems("documentNumber", "sourceName", "infoDate", "columnIds[1]", "sourceUrl"))
                .body("errors.find { it.field == 'infoDate' }.message", equalTo("信息生成日期不能晚于今天"))
                .body("errors.find { it.field == 'sourceName' }.message", equalTo("转载的信息须注明来源"));
    }

    @Test
    void anInterpretationLinksToAPolicyBothWays() {
        long policy = Flows.publishedPolicy("被解读的政策");
        Map<String, Object> reading = Flows.article("INTERPRETATION", "一图读懂被解读的政策", Flows.columnId("main", "zcjd"));
        reading.put("interpretsArticleId", policy);
        long interpretation = Flows.create(DemoUsers.EDITOR_DEPARTMENT, reading);
        Flows.submit(DemoUsers.EDITOR_DEPARTMENT, interpretation);
        Flows.passOwnUnitGovernmentChain(interpretation);
        given().get("/api/public/articles/" + interpretation).then().statusCode(200).body("interprets.id", equalTo((int) policy));
        given().get("/api/public/articles/" + policy).then().statusCode(200).body("interpretations.id", hasItem((int) interpretation));
        Map<String, Object> wrong = Flows.article("INTERPRETATION", "解读一条新闻", Flows.columnId("main", "zcjd"));
        wrong.put("interpretsArticleId", interpretation);
        assertProblem(as(DemoUsers.EDITOR_DEPARTMENT).contentType(ContentType.JSON).body(wrong).post("/api/articles").then(), 400)
                .body("errors.field", hasItem("interpretsArticleId"));
        List<Map<String, Object>> choices = as(DemoUsers.EDITOR_DEPARTMENT).queryParam("q", "被解读的政").get("/api/articles/policy-choices")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(choices).anySatisfy(c -> {
            assertThat(((Number) c.get("id")).longValue()).isEqualTo(policy);
            assertThat(c.get("unitName")).isEqualTo("公路事业发展中心");
        });
        as(DemoUsers.EDITOR_DEPARTMENT).get("/api/articles/" + interpretation).then().body("interpretsTitle", equalTo("被解读的政策"));
    }

    @Test
    void everySaveIsARevisionAndAnyTwoCanBeCompared() {
        long article = Flows.create(EDITOR, Flows.article("NOTICE", "修订一", HIGHWAY_COLUMN));
        Map<String, Object> second = Flows.article("NOTICE", "修订二", HIGHWAY_COLUMN);
        second.put("baseRevision", 1);
        as(EDITOR).contentType(ContentType.JSON).body(second).put("/api/articles/" + article).then().statusCode(200)
                .body("current.number", equalTo(2));
        second.put("baseRevision", 2);
        as(EDITOR).contentType(ContentType.JSON).body(second).put("/api/articles/" + article).then().statusCode(200)
                .body("current.number", equalTo(2));
        as(EDITOR).get("/api/articles/" + article + "/revisions").then().statusCode(200).body("number", equalTo(List.of(2, 1)));
        as(EDITOR).get("/api/articles/" + article + "/revisions/1").then().statusCode(200).body("title", equalTo("修订一"));
        as(EDITOR).get("/api/articles/" + article + "/revisions/2").then().statusCode(200).body("title", equalTo("修订二"));
    }

    @Test
    void savingOverANewerRevisionIsA409CarryingTheCurrentOne() {
        long article = Flows.create(EDITOR, Flows.article("NOTICE", "并发编辑", HIGHWAY_COLUMN));
        Map<String, Object> mine = Flows.article("NOTICE", "我的版本", HIGHWAY_COLUMN);
        mine.put("baseRevision", 1);
        as(EDITOR).contentType(ContentType.JSON).body(mine).put("/api/articles/" + article).then().statusCode(200);
        Map<String, Object> theirs = Flows.article("NOTICE", "别人的旧版本", HIGHWAY_COLUMN);
        theirs.put("baseRevision", 1);
        assertProblem(as(EDITOR).contentType(ContentType.JSON).body(theirs).put("/api/articles/" + article).then(), 409)
                .body("current.number", equalTo(2)).body("current.title", equalTo("我的版本"));
    }

    @Test
    void theBodyIsSanitisedOnTheServer() {
        Map<String, Object> body = Flows.article("NEWS", "带脚本的正文", Flows.NEWS_COLUMN);
        body.put("body", "<p onclick=\"steal()\">文字<script>alert(1)</script><img src=\"https://www.gov.cn/a.png\" onerror=\"alert(1)\">"
                + "<a href=\"javascript:alert(1)\">链接</a><a href=\"https://www.gov.cn/\">国务院</a></p>");
        long article = Flows.create(DemoUsers.NEWS_EDITOR, body);
        String stored = Flows.get(DemoUsers.NEWS_EDITOR, article).getString("current.body");
        assertThat(stored).doesNotContain("script", "onclick", "onerror", "javascript:")
                .contains("https://www.gov.cn/").contains("rel=\"noopener noreferrer\"").contains("文字");
    }

    @Test
    void aBrokenOrForeignImageIsRefusedNamingIt() {
        Map<String, Object> body = Flows.article("NEWS", "带坏图片的正文", Flows.NEWS_COLUMN);
        body.put("body", "<p>现场图片</p><img src=\"x\"><img src=\"https://evil.example/a.png\">");
        assertProblem(as(DemoUsers.NEWS_EDITOR).contentType(ContentType.JSON).body(body).post("/api/articles").then(), 400)
                .body("errors.field", hasItem("body"))
                .body("errors.find { it.field == 'body' }.message", containsString("x、https://evil.example/a.png"));
    }

    @Test
    void onlyTheUnitsEditorsEditAndOtherUnitsCannotRead() {
        long article = Flows.create(EDITOR, Flows.article("NOTICE", "他单位不可见", HIGHWAY_COLUMN));
        assertProblem(as(DemoUsers.EDITOR_DEPARTMENT).get("/api/articles/" + article).then(), 403);
        Map<String, Object> edit = Flows.article("NOTICE", "越权修改", HIGHWAY_COLUMN);
        edit.put("baseRevision", 1);
        assertProblem(as(DemoUsers.EDITOR_DEPARTMENT).contentType(ContentType.JSON).body(edit).put("/api/articles/" + article).then(), 403);
        assertProblem(as(DemoUsers.SYS_ADMIN).get("/api/articles/" + article).then(), 403);
        as(DemoUsers.SITE_OFFICE).get("/api/articles/" + article).then().statusCode(200);
        as(DemoUsers.EDITOR_DEPARTMENT).get("/api/articles").then().statusCode(200)
                .body("articles.id", not(hasItem((int) article)));
    }

    @Test
    void attachmentsAreTypedByTheirContent() throws IOException {
        long article = Flows.create(EDITOR, Flows.article("NOTICE", "附件", HIGHWAY_COLUMN));
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes();
        var uploaded = Uploads.upload(EDITOR, "/api/articles/" + article + "/attachments", "通知原文.pdf", pdf, "application/pdf");
        assertThat(uploaded.status()).isEqualTo(201);
        assertThat(uploaded.body().getString("name")).isEqualTo("通知原文.pdf");
        assertThat(uploaded.body().getString("mediaType")).isEqualTo("application/pdf");
        as(EDITOR).multiPart("file", "统计表.docx", docx(), "application/octet-stream").post("/api/articles/" + article + "/attachments")
                .then().statusCode(201).body("mediaType", containsString("wordprocessingml"));
        byte[] exe = new byte[64];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertProblem(as(EDITOR).multiPart("file", "看似文档.pdf", exe, "application/pdf").post("/api/articles/" + article + "/attachments")
                .then(), 400).body("errors[0].field", equalTo("file")).body("errors[0].message", containsString("文件名是 .pdf，但文件内容是"));
        assertProblem(as(EDITOR).multiPart("file", "脚本.html", "<script>".getBytes(), "text/html")
                .post("/api/articles/" + article + "/attachments").then(), 400).body("errors[0].field", equalTo("file"));
        assertProblem(as(EDITOR).multiPart("file", "../../etc/passwd", pdf, "application/pdf")
                .post("/api/articles/" + article + "/attachments").then(), 400)
                .body("errors[0].message", equalTo("附件须有带扩展名的文件名，例如“通知.pdf”"));
    }

    @Test
    void aPathInTheFileNameNeverLeavesTheStore() throws Exception {
        long article = Flows.create(EDITOR, Flows.article("NOTICE", "路径穿越", HIGHWAY_COLUMN));
        byte[] pdf = ("%PDF-1.4\n% " + System.nanoTime() + "\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF").getBytes();
        Path store = Path.of("target", "test-files").toAbsolutePath().normalize();
        Path escaped = store.resolve("../../../evil.pdf").normalize();
        Files.deleteIfExists(escaped);
        for (String name : List.of("../../../evil.pdf", "..\\..\\..\\evil.pdf", "/etc/cron.d/evil.pdf")) {
            var answer = Uploads.upload(EDITOR, "/api/articles/" + article + "/attachments", name, pdf, "application/pdf");
            assertThat(answer.status()).as(name).isEqualTo(201);
            assertThat(answer.body().getString("name")).as(name).isEqualTo("evil.pdf");
        }
        assertThat(escaped).doesNotExist();
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(
                "SELECT stored_name FROM article_attachment WHERE article_id = ?")) {
            statement.setLong(1, article);
            var rs = statement.executeQuery();
            int stored = 0;
            while (rs.next()) {
                String storedName = rs.getString(1);
                assertThat(storedName).matches("[0-9a-f-]{36}\\.pdf");
                Path file = store.resolve(storedName.substring(0, 2)).resolve(storedName);
                assertThat(file).exists().hasBinaryContent(pdf);
                stored++;
            }
            assertThat(stored).isEqualTo(3);
        }
    }

    @Test
    void anOversizeAttachmentIs413() {
        long article = Flows.create(EDITOR, Flows.article("NOTICE", "大附件", HIGHWAY_COLUMN));
        byte[] big = new byte[21 * 1024 * 1024];
        System.arraycopy("%PDF-1.4\n".getBytes(), 0, big, 0, 9);
        assertProblem(as(EDITOR).multiPart("file", "大文件.pdf", big, "application/pdf").post("/api/articles/" + article + "/attachments")
                .then(), 413);
    }

    @Test
    void withdrawingKeepsTheNoticeOrRemovesTheItem() {
        long notice = Flows.publishedPolicy("将被撤回的政策");
        assertProblem(as(DemoUsers.EDITOR_AFFILIATED).contentType(ContentType.JSON)
                .body(Map.of("kind", "WITHDRAWN", "reason", "编辑不可撤回")).post("/api/articles/" + notice + "/withdrawal").then(), 403);
        as(DemoUsers.SITE_OFFICE).contentType(ContentType.JSON).body(Map.of("kind", "WITHDRAWN", "reason", "已被新文件替代"))
                .post("/api/articles/" + notice + "/withdrawal").then().statusCode(200).body("publicStatus", equalTo("WITHDRAWN"));
        assertProblem(given().get("/api/public/articles/" + notice).then(), 410)
                .body("current.reason", equalTo("已被新文件替代")).body("current.title", equalTo("将被撤回的政策"))
                .body(not(containsString("的正文")));
        long mistake = Flows.publishedPolicy("误发的政策");
        as(DemoUsers.UNIT_HEAD_AFFILIATED).contentType(ContentType.JSON).body(Map.of("kind", "PUBLISHED_IN_ERROR", "reason", "误发"))
                .post("/api/articles/" + mistake + "/withdrawal").then().statusCode(200).body("publicStatus", equalTo("REMOVED"));
        assertProblem(given().get("/api/public/articles/" + mistake).then(), 404);
    }

    @Test
    void aCorrectionIsReviewedWhileThePublishedRevisionStaysPublic() {
        long article = Flows.publishedPolicy("将被更正的政策");
        String firstPublished = given().get("/api/public/articles/" + article).then().statusCode(200).extract().path("publishedAt");
        Map<String, Object> fix = Flows.article("POLICY", "已更正的政策", POLICY_COLUMN);
        fix.put("documentNumber", "新交发〔2026〕88号");
        fix.put("baseRevision", 1);
        as(EDITOR).contentType(ContentType.JSON).body(fix).put("/api/articles/" + article).then().statusCode(200)
                .body("editorialStatus", equalTo("DRAFT")).body("publicStatus", equalTo("PUBLISHED"));
        given().get("/api/public/articles/" + article).then().body("title", equalTo("将被更正的政策"));
        Flows.submit(EDITOR, article);
        Flows.passGovernmentChain(article);
        given().get("/api/public/articles/" + article).then().statusCode(200).body("title", equalTo("已更正的政策"))
                .body("publishedAt", equalTo(firstPublished)).body("updatedAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void anArticlePublishedAfterItsDueDateIsLate() {
        Map<String, Object> old = Flows.article("POLICY", "迟发的政策", POLICY_COLUMN);
        old.put("infoDate", "2026-01-05");
        long article = Flows.create(EDITOR, old);
        assertThat(Flows.get(EDITOR, article).getString("dueDate")).isEqualTo("2026-01-07");
        assertThat(Flows.get(EDITOR, article).getBoolean("overdue")).isTrue();
        Flows.submit(EDITOR, article);
        Flows.passGovernmentChain(article);
        assertThat(Flows.get(EDITOR, article).getBoolean("publishedLate")).isTrue();
    }

    @Test
    void theDueDateOfAnImportantArticleIsOneWorkingDay() {
        Map<String, Object> urgent = Flows.article("NEWS", "重要会议", Flows.NEWS_COLUMN);
        urgent.put("infoDate", "2025-09-30");
        urgent.put("important", true);
        long article = Flows.create(DemoUsers.NEWS_EDITOR, urgent);
        assertThat(Flows.get(DemoUsers.NEWS_EDITOR, article).getString("dueDate")).isEqualTo("2025-10-09");
        assertThat(Flows.get(DemoUsers.NEWS_EDITOR, article).getString("dueExplanation")).contains("国庆节");
    }

    private static byte[] docx() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes());
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write("<Relationships/>".getBytes());
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes());
        }
        return bytes.toByteArray();
    }
}
