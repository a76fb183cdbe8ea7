package cn.tianshan.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.tianshan.testing.DemoUsers;
import cn.tianshan.testing.Flows;
import cn.tianshan.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shop window of deploy/run is loaded through the real services, so a rule change that breaks it fails here
 * rather than on the first demo. Tests never load it at start-up; this one drives the loader directly.
 */
@QuarkusTest
class DemoDataTest {

    @Inject
    DemoData demo;

    @Test
    void theDemoDepartmentHasWorkInEveryInboxAToldAuthorPicturesAGrantedUnitsNewsAndTheCreditTopic() throws InterruptedException {
        demo.load();

        assertThat(titles(Flows.inbox(DemoUsers.SECRECY_REVIEWER))).contains("新疆维吾尔自治区交通运输行政执法程序规定");
        assertThat(titles(Flows.inbox(DemoUsers.NEWS_HEAD))).contains("交通运输厅开展“安全生产月”宣传咨询日活动");
        assertThat(titles(Flows.inbox(DemoUsers.DEPT_REVIEWER))).contains("关于规范公路超限检测站管理工作的通知");
        assertThat(titles(Flows.inbox(DemoUsers.SITE_OFFICE))).anyMatch(t -> t.contains("行政规范性文件"));
        assertThat(Flows.notifications(DemoUsers.EDITOR_AFFILIATED)).anyMatch(n -> String.valueOf(n.get("body"))
                .contains("施工起止时间与交警部门公告不一致"));

        List<Map<String, Object>> pictures = given().get("/api/public/columns/" + Flows.columnId("main", "tpxw") + "/articles?size=50")
                .then().statusCode(200).extract().jsonPath().getList("articles");
        long picture = pictures.stream().filter(a -> "天山公路独库段冬季封闭前完成全线安全检查".equals(a.get("title")))
                .map(a -> ((Number) a.get("id")).longValue()).findFirst().orElseThrow();
        given().get("/api/public/articles/" + picture).then().statusCode(200).body("cover.name", org.hamcrest.Matchers.endsWith(".png"));
        assertThat(titlesIn("main", "tsdwdt")).contains("公路事业发展中心召开冬季公路养护工作推进会");
        assertThat(titlesIn("credit", "xydt")).contains("2026年度公路建设市场信用评价结果公示");
        // Art. 11: complete service guides with their forms, the forms column and the online entrance
        assertThat(titlesIn("main", "bszn")).contains("道路旅客运输经营许可办事指南", "超限运输车辆行驶公路许可办事指南");
        assertThat(titlesIn("main", "bgxz")).isNotEmpty();
        assertThat(titlesIn("main", "zxbl")).isNotEmpty();

        // Arts. 5, 8, 9: an open topic column with news, one application waiting, registrations in every state, one gap
        assertThat(given().get("/api/public/sites/main/home").then().statusCode(200).extract().jsonPath()
                .getList("navigation.name", String.class)).contains("“四好农村路”高质量发展");
        assertThat(titles(Flows.inbox(DemoUsers.TECH_OPS))).anyMatch(t -> t.contains("法治政府建设"));
        List<String> states = given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).get("/api/link-registrations").then()
                .statusCode(200).extract().jsonPath().getList("status", String.class);
        assertThat(states).contains("PENDING", "APPROVED", "REJECTED", "REVOKED", "EXPIRED");
        var gaps = given().auth().oauth2(Tokens.of(DemoUsers.TECH_OPS)).get("/api/site-managers/gaps").then().statusCode(200)
                .extract().jsonPath();
        assertThat(gaps.getList("missing.subjectName", String.class)).containsExactly("领导信箱留言转发回复");
        assertThat(gaps.getList("missing.unitName", String.class)).containsExactly("交通建设管理局");

        // Arts. 10, 13: letters and disclosure requests in every state, some overdue and escalated, some published
        List<String> letterStates = given().auth().oauth2(Tokens.of(DemoUsers.TECH_OPS)).get("/api/mailbox-messages?size=100").then()
                .statusCode(200).extract().jsonPath().getList("letters.status", String.class);
        assertThat(letterStates).contains("SCREENING", "RECEIVED", "DISPATCHED", "AWAITING_WRITER", "IN_APPROVAL", "ANSWERED",
                "REOPENED", "CLOSED", "INVALID");
        assertThat(given().get("/api/public/mailbox-messages").then().statusCode(200).extract().jsonPath()
                .getList("letters.subject", String.class)).contains("冬季高速公路除雪保通情况咨询");
        given().get("/api/public/mailbox-messages").then().body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("13899887766")));
        List<String> requestStates = given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).get("/api/disclosure-requests?size=100")
                .then().statusCode(200).extract().jsonPath().getList("requests.status", String.class);
        assertThat(requestStates).contains("SUBMITTED", "AWAITING_CORRECTION", "HANDLING", "THIRD_PARTY", "REPLIED", "ARCHIVED");
        List<String> clockStates = given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).get("/api/deadlines").then().statusCode(200)
                .extract().jsonPath().getList("rows.clock.state", String.class);
        assertThat(clockStates).contains("ON_TIME", "OVERDUE", "LONG_OVERDUE", "PAUSED");
        assertThat(titles(Flows.inbox(DemoUsers.LEADER))).anyMatch(t -> t.contains("公开申请"));
        assertThat(given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).get("/api/mail-outbox").then().statusCode(200)
                .extract().jsonPath().getList("mails.status", String.class)).contains("SENT");

        // Art. 23: a closed survey with its results, an open one, one waiting for the site office
        io.restassured.path.json.JsonPath publicSurveys = given().get("/api/public/surveys").then().statusCode(200).extract().jsonPath();
        assertThat(publicSurveys.getList("phase", String.class)).contains("OPEN", "CLOSED");
        long closed = publicSurveys.getLong("find { it.title.contains('政务服务满意度') }.id");
        io.restassured.path.json.JsonPath results = given().get("/api/public/surveys/" + closed + "/results").then().statusCode(200)
                .extract().jsonPath();
        assertThat(results.getInt("responses")).isEqualTo(326);
        assertThat(results.getList("questions[0].options.count", Integer.class).stream().mapToInt(Integer::intValue).sum()).isEqualTo(326);
        assertThat(titles(Flows.inbox(DemoUsers.SITE_OFFICE))).anyMatch(t -> t.contains("交通运输行政执法公众评议"));
        io.restassured.path.json.JsonPath consultations = given().get("/api/public/consultations").then().statusCode(200).extract()
                .jsonPath();
        assertThat(consultations.getList("phase", String.class)).contains("OPEN", "CONCLUDED");
        long concluded = consultations.getLong("find { it.title.contains('裁量权基准') }.id");
        given().get("/api/public/consultations/" + concluded).then().statusCode(200)
                .body("feedback.comments", org.hamcrest.Matchers.equalTo(2)).body("comments.size()", org.hamcrest.Matchers.equalTo(2));
        // Art. 10: the disclosure guide with its history, and the catalogue of disclosed items
        given().get("/api/public/disclosure-guide").then().statusCode(200).body("changeNote", org.hamcrest.Matchers.equalTo("按夏季作息调整办公时间"));
        assertThat(given().get("/api/public/disclosure-catalogue?size=100").then().statusCode(200).extract().jsonPath()
                .getList("entries.indexNumber", String.class)).isNotEmpty().doesNotContainNull();

        aYearOfPublishedWorkFillsEveryColumnThroughItsReviewChain();
        theAuditLogShowsRealFailedSignIns();
    }

    /** The demo's failed sign-ins went to Keycloak; the audit import (every 2 s in tests) brings them into the log. */
    private static void theAuditLogShowsRealFailedSignIns() throws InterruptedException {
        List<String> tried = List.of();
        for (int attempt = 0; attempt < 60 && !tried.contains("webmaster"); attempt++) {
            Thread.sleep(250);
            tried = given().auth().oauth2(Tokens.of(DemoUsers.AUDITOR)).queryParam("action", "auth.login-failed").queryParam("size", 200)
                    .get("/api/audit/records").then().statusCode(200).extract().jsonPath().getList("records.username", String.class);
        }
        assertThat(tried).contains("admin", "root", "webmaster");
    }

    /** Issue 11 §5: at least 300 articles over the past year, no column empty or stale, each with its review records. */
    private void aYearOfPublishedWorkFillsEveryColumnThroughItsReviewChain() {
        LocalDate today = Flows.today();
        int published = 0;
        for (String site : List.of("main", "credit")) {
            for (Map<String, Object> column : leaves(given().get("/api/public/sites/" + site + "/columns").then().statusCode(200)
                    .extract().jsonPath().getList("$"))) {
                if ("INTERACTION".equals(column.get("kind"))) {
                    continue; // letters, consultations, surveys and interviews fill these
                }
                List<LocalDateTime> dates = publicationDates(((Number) column.get("id")).longValue());
                assertThat(dates).as("%s 有信息", column.get("name")).isNotEmpty();
                Object interval = column.get("updateIntervalDays");
                if (interval != null) {
                    assertThat(dates.get(0).toLocalDate()).as("%s 按期更新", column.get("name"))
                            .isAfter(today.minusDays(((Number) interval).longValue()));
                }
                published += dates.size();
            }
        }
        assertThat(published).isGreaterThanOrEqualTo(300);
        assertThat(publicationDates(Flows.NEWS_COLUMN)).anyMatch(d -> d.toLocalDate().isBefore(today.minusDays(300)));

        long policy = ((Number) given().get("/api/public/columns/" + Flows.POLICY_COLUMN + "/articles?size=100").then().extract().jsonPath()
                .getList("articles", Map.class).stream().filter(a -> "新疆维吾尔自治区道路运输车辆动态监督管理实施细则".equals(a.get("title")))
                .findFirst().orElseThrow().get("id")).longValue();
        io.restassured.path.json.JsonPath page = given().get("/api/public/articles/" + policy).then().statusCode(200).extract().jsonPath();
        assertThat(page.getString("documentNumber")).isEqualTo("新交规〔2025〕11号");
        assertThat(page.getString("validityLabel")).isEqualTo("现行有效");
        assertThat(page.getString("indexNumber")).isNotBlank();
        assertThat(page.getList("interpretations.title", String.class)).containsExactly("《新疆维吾尔自治区道路运输车辆动态监督管理实施细则》政策解读");
        LocalDate publishedOn = LocalDateTime.parse(page.getString("publishedAt")).toLocalDate();
        assertThat(publishedOn).isBefore(today.minusDays(14));

        io.restassured.path.json.JsonPath runs = given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE))
                .get("/api/articles/" + policy + "/reviews").then().statusCode(200).extract().jsonPath();
        assertThat(runs.getList("tasks.flatten().decidedAt", String.class)).isNotEmpty()
                .allSatisfy(d -> assertThat(LocalDateTime.parse(d).toLocalDate()).isEqualTo(publishedOn));
        io.restassured.path.json.JsonPath form = given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE))
                .get("/api/confidentiality-reviews?articleId=" + policy).then().statusCode(200).extract().jsonPath();
        assertThat(form.getString("[0].staff.opinion")).isEqualTo("AGREE");
        assertThat(form.getString("[0].leader.opinion")).isEqualTo("AGREE");
        assertThat(titles(Flows.inbox("han.bing"))).isNotEmpty();
        assertThat(titles(Flows.inbox("yang.fan"))).anyMatch(t -> t.contains("全区交通运输经济运行情况（审核稿）"));
    }

    private static List<LocalDateTime> publicationDates(long column) {
        List<LocalDateTime> dates = new java.util.ArrayList<>();
        String after = null;
        do {
            io.restassured.path.json.JsonPath page = given().queryParam("size", 100).queryParam("after", after == null ? "" : after)
                    .get("/api/public/columns/" + column + "/articles").then().statusCode(200).extract().jsonPath();
            page.getList("articles.publishedAt", String.class).forEach(d -> dates.add(LocalDateTime.parse(d)));
            after = page.getString("next");
        } while (after != null);
        return dates;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> leaves(List<Map<String, Object>> nodes) {
        List<Map<String, Object>> leaves = new java.util.ArrayList<>();
        for (Map<String, Object> node : nodes) {
            List<Map<String, Object>> children = (List<Map<String, Object>>) node.get("children");
            if (children == null || children.isEmpty()) {
                leaves.add(node);
            } else {
                leaves.addAll(leaves(children));
            }
        }
        return leaves;
    }

    private static List<String> titlesIn(String site, String column) {
        return given().get("/api/public/columns/" + Flows.columnId(site, column) + "/articles?size=50").then().statusCode(200)
                .extract().jsonPath().getList("articles.title", String.class);
    }

    private static List<String> titles(List<Map<String, Object>> duties) {
        return duties.stream().map(d -> String.valueOf(d.get("title"))).toList();
    }
}
