package cn.tianshan.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Drives articles through the real API with real tokens: draft, submit, decide each step, confidentiality review. */
public final class Flows {

    /** 政策文件 (政策法规处, government-affairs chain, Annex 5): 李娜's own column; 张伟's unit is granted it. */
    public static final long POLICY_COLUMN = columnId("main", "zcwj");
    /** 交通要闻 (宣传教育中心, news-centre chain, no Annex 5): 马丽's column. */
    public static final long NEWS_COLUMN = columnId("main", "jtyw");
    /** 公路建设与养护 (公路事业发展中心, government-affairs chain, Annex 5): 张伟's own column. */
    public static final long HIGHWAY_COLUMN = columnId("main", "gljsyh");
    /** 规划计划 (综合规划处): nobody in the demo is granted it. */
    public static final long PLANNING_COLUMN = columnId("main", "ghjh");

    private Flows() {
    }

    public static long columnId(String site, String code) {
        List<Map<String, Object>> tree = given().get("/api/public/sites/" + site + "/columns").then().statusCode(200)
                .extract().jsonPath().getList("$");
        return find(tree, code);
    }

    @SuppressWarnings("unchecked")
    private static long find(List<Map<String, Object>> nodes, String code) {
        for (Map<String, Object> node : nodes) {
            if (code.equals(node.get("code"))) {
                return ((Number) node.get("id")).longValue();
            }
            long inner = find((List<Map<String, Object>>) node.get("children"), code);
            if (inner > 0) {
                return inner;
            }
        }
        return -1;
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    public static Map<String, Object> article(String kind, String title, long column) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("title", title);
        body.put("summary", "摘要：" + title);
        body.put("body", "<p>" + title + "的正文。</p>");
        body.put("columnIds", List.of(column));
        body.put("origin", "ORIGINAL");
        body.put("publicationForm", "WEBSITE");
        body.put("infoDate", today().toString());
        body.put("important", false);
        if ("POLICY".equals(kind)) {
            body.put("documentNumber", "新交发〔2026〕" + Math.abs(title.hashCode() % 1000) + "号");
        }
        return body;
    }

    public static long create(String editor, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.of(editor)).contentType(ContentType.JSON).body(body).post("/api/articles")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static JsonPath get(String user, long article) {
        return given().auth().oauth2(Tokens.of(user)).get("/api/articles/" + article).then().statusCode(200).extract().jsonPath();
    }

    /** Submits the revision the editor sees now. */
    public static ValidatableResponse trySubmit(String editor, long article) {
        int revision = get(editor, article).getInt("current.number");
        return given().auth().oauth2(Tokens.of(editor)).contentType(ContentType.JSON).body(Map.of("revision", revision))
                .post("/api/articles/" + article + "/submission").then();
    }

    public static void submit(String editor, long article) {
        trySubmit(editor, article).statusCode(200);
    }

    /** The id of the step now waiting on the article. */
    public static long waitingTask(String anyReader, long article) {
        JsonPath detail = get(anyReader, article);
        List<Map<String, Object>> tasks = detail.getList("activeRun.tasks");
        return tasks.stream().filter(t -> "IN_PROGRESS".equals(t.get("status"))).map(t -> ((Number) t.get("id")).longValue())
                .findFirst().orElseThrow(() -> new AssertionError("nothing waiting on article " + article));
    }

    /** Approves a step with an opinion and every confirmation a step may ask for (proofreading, confidentiality). */
    public static ValidatableResponse approve(String reviewer, long task) {
        return given().auth().oauth2(Tokens.of(reviewer)).contentType(ContentType.JSON)
                .body(Map.of("opinion", "同意", "proofread", true, "confidentialityChecked", true))
                .post("/api/reviews/tasks/" + task + "/approval").then();
    }

    public static ValidatableResponse reject(String reviewer, long task, String reason) {
        return given().auth().oauth2(Tokens.of(reviewer)).contentType(ContentType.JSON).body(Map.of("reason", reason))
                .post("/api/reviews/tasks/" + task + "/rejection").then();
    }

    public static void approveWaiting(String reviewer, String reader, long article) {
        approve(reviewer, waitingTask(reader, article)).statusCode(200);
    }

    public static ValidatableResponse opinion(String who, String role, long article, String opinion) {
        long revision = get(DemoUsers.SITE_OFFICE, article).getLong("current.id");
        return given().auth().oauth2(Tokens.of(who)).contentType(ContentType.JSON)
                .body(Map.of("articleId", article, "revisionId", revision, "opinion", opinion))
                .post("/api/confidentiality-reviews/" + role + "-opinions").then();
    }

    /** Annex 5: the secrecy reviewer agrees, then the leader in charge of the article's unit (陈军 in the demo). */
    public static void agreeConfidentiality(long article) {
        opinion(DemoUsers.SECRECY_REVIEWER, "staff", article, "AGREE").statusCode(200);
        opinion(DemoUsers.LEADER, "leader", article, "AGREE").statusCode(200);
    }

    /** A policy document of 张伟 (公路事业发展中心) in 政策文件, through all four steps of Annex 3. */
    public static long publishedPolicy(String title) {
        return publishedPolicy(article("POLICY", title, POLICY_COLUMN));
    }

    /** A policy of 张伟 with this body (start from {@link #article}), through all four steps of Annex 3. */
    public static long publishedPolicy(Map<String, Object> body) {
        long article = create(DemoUsers.EDITOR_AFFILIATED, body);
        submit(DemoUsers.EDITOR_AFFILIATED, article);
        passGovernmentChain(article);
        return article;
    }

    /** Annex 3 for an affiliated unit's article in 政策法规处's column: unit head, related department, leader, site office. */
    public static void passGovernmentChain(long article) {
        String reader = DemoUsers.SITE_OFFICE;
        approveWaiting(DemoUsers.UNIT_HEAD_AFFILIATED, reader, article);
        approveWaiting(DemoUsers.DEPT_REVIEWER, reader, article);
        approveWaiting(DemoUsers.LEADER, reader, article);
        agreeConfidentiality(article);
        approveWaiting(DemoUsers.SITE_OFFICE, reader, article);
    }

    /** Annex 3 for 政策法规处's own article in its own column: unit head, leader, site office (no related department). */
    public static void passOwnUnitGovernmentChain(long article) {
        String reader = DemoUsers.SITE_OFFICE;
        approveWaiting(DemoUsers.UNIT_HEAD_DEPARTMENT, reader, article);
        approveWaiting(DemoUsers.LEADER, reader, article);
        agreeConfidentiality(article);
        approveWaiting(DemoUsers.SITE_OFFICE, reader, article);
    }

    /** A news article of the news centre's own editor through the news chain (no Annex 5). */
    public static long publishedNews(String title) {
        return publishedNews(article("NEWS", title, NEWS_COLUMN));
    }

    /** A news article of the news centre with this body (start from {@link #article}), through the news chain. */
    public static long publishedNews(Map<String, Object> body) {
        long article = create(DemoUsers.NEWS_EDITOR, body);
        submit(DemoUsers.NEWS_EDITOR, article);
        approveWaiting(DemoUsers.NEWS_HEAD, DemoUsers.SITE_OFFICE, article);
        approveWaiting(DemoUsers.LEADER, DemoUsers.SITE_OFFICE, article);
        approveWaiting(DemoUsers.NEWS_REVIEWER, DemoUsers.SITE_OFFICE, article);
        return article;
    }

    /** A news article approved through the news chain to go public at {@code at}; it is SCHEDULED until then. */
    public static long scheduledNews(String title, java.time.LocalDateTime at) {
        Map<String, Object> body = article("NEWS", title, NEWS_COLUMN);
        body.put("scheduledAt", at.toString());
        long article = create(DemoUsers.NEWS_EDITOR, body);
        submit(DemoUsers.NEWS_EDITOR, article);
        approveWaiting(DemoUsers.NEWS_HEAD, DemoUsers.SITE_OFFICE, article);
        approveWaiting(DemoUsers.LEADER, DemoUsers.SITE_OFFICE, article);
        approveWaiting(DemoUsers.NEWS_REVIEWER, DemoUsers.SITE_OFFICE, article);
        return article;
    }

    /** Everything waiting for {@code user} in the inbox. */
    public static List<Map<String, Object>> inbox(String user) {
        return given().auth().oauth2(Tokens.of(user)).get("/api/inbox").then().statusCode(200).extract().jsonPath().getList("$");
    }

    /** {@code user}'s notifications, newest first. */
    public static List<Map<String, Object>> notifications(String user) {
        return given().auth().oauth2(Tokens.of(user)).queryParam("size", 100).get("/api/notifications").then().statusCode(200)
                .extract().jsonPath().getList("notifications");
    }
}
