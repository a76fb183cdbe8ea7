package cn.tianshan.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Drives articles through the real API with real tokens: draft, submit, decide each step, confidentiality review. */
public final class Flows {

    /** 政策文件 (ZCFGC, government-affairs chain with the confidentiality step). */
    public static final long POLICY_COLUMN = columnId("main", "zcwj");
    /** 交通要闻 (XJZX, news-centre chain). */
    public static final long NEWS_COLUMN = columnId("main", "jtyw");

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

    public static Map<String, Object> article(String kind, String title, long column) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("title", title);
        body.put("summary", "摘要：" + title);
        body.put("body", "<p>" + title + "的正文。</p>");
        body.put("columnIds", List.of(column));
        body.put("origin", "ORIGINAL");
        body.put("publicationForm", "WEBSITE");
        body.put("infoDate", LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString());
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

    public static void submit(String editor, long article) {
        given().auth().oauth2(Tokens.of(editor)).post("/api/articles/" + article + "/submission").then().statusCode(200);
    }

    /** The id of the step now waiting on the article. */
    public static long waitingTask(String anyReader, long article) {
        JsonPath detail = get(anyReader, article);
        List<Map<String, Object>> tasks = detail.getList("activeRun.tasks");
        return tasks.stream().filter(t -> "IN_PROGRESS".equals(t.get("status"))).map(t -> ((Number) t.get("id")).longValue())
                .findFirst().orElseThrow(() -> new AssertionError("nothing waiting on article " + article));
    }

    public static io.restassured.response.ValidatableResponse approve(String reviewer, long task) {
        return given().auth().oauth2(Tokens.of(reviewer)).contentType(ContentType.JSON)
                .body(Map.of("opinion", "同意", "proofread", true)).post("/api/reviews/tasks/" + task + "/approval").then();
    }

    public static void approveWaiting(String reviewer, String reader, long article) {
        approve(reviewer, waitingTask(reader, article)).statusCode(200);
    }

    public static void agreeConfidentiality(long article) {
        given().auth().oauth2(Tokens.of(DemoUsers.SECRECY_REVIEWER)).contentType(ContentType.JSON)
                .body(Map.of("opinion", "AGREE")).post("/api/confidentiality/articles/" + article + "/staff-opinion").then().statusCode(200);
        given().auth().oauth2(Tokens.of(DemoUsers.LEADER)).contentType(ContentType.JSON)
                .body(Map.of("opinion", "AGREE")).post("/api/confidentiality/articles/" + article + "/leader-opinion").then().statusCode(200);
    }

    /** An article by the affiliated unit's editor in 政策文件, through all four steps of Annex 3. */
    public static long publishedPolicy(String title) {
        long article = create(DemoUsers.EDITOR_AFFILIATED, article("POLICY", title, POLICY_COLUMN));
        submit(DemoUsers.EDITOR_AFFILIATED, article);
        passGovernmentChain(article);
        return article;
    }

    public static void passGovernmentChain(long article) {
        String reader = DemoUsers.SITE_OFFICE;
        approveWaiting(DemoUsers.UNIT_HEAD_AFFILIATED, reader, article);
        approveWaiting(DemoUsers.DEPT_REVIEWER, reader, article);
        approveWaiting(DemoUsers.LEADER, reader, article);
        agreeConfidentiality(article);
        approveWaiting(DemoUsers.SITE_OFFICE, reader, article);
    }

    /** A news article of the news centre's own editor through the news chain (no confidentiality step). */
    public static long publishedNews(String title) {
        long article = create(DemoUsers.NEWS_EDITOR, article("NEWS", title, NEWS_COLUMN));
        submit(DemoUsers.NEWS_EDITOR, article);
        approveWaiting(DemoUsers.NEWS_HEAD, DemoUsers.SITE_OFFICE, article);
        approveWaiting(DemoUsers.LEADER, DemoUsers.SITE_OFFICE, article);
        approveWaiting(DemoUsers.NEWS_REVIEWER, DemoUsers.SITE_OFFICE, article);
        return article;
    }
}
