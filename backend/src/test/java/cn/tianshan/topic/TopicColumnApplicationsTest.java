package cn.tianshan.topic;

import static cn.tianshan.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import cn.tianshan.testing.DemoUsers;
import cn.tianshan.testing.Flows;
import cn.tianshan.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import cn.tianshan.testing.Race;
import org.junit.jupiter.api.Test;

/** Art. 8 and Annex 2: apply, three opinions in order, and the column is live on the main site. */
@QuarkusTest
class TopicColumnApplicationsTest {

    static Map<String, Object> form(String name) {
        Map<String, Object> form = new HashMap<>();
        form.put("topicName", name);
        form.put("innerColumns", List.of(
                Map.of("name", "工作动态", "updateClass", "DYNAMIC"),
                Map.of("name", "政策解读", "updateClass", "REGULAR", "ownerUnit", "ZCFGC")));
        form.put("reason", "围绕厅重点工作开设专题，集中发布进展");
        form.put("startsOn", Flows.today().toString());
        form.put("endsOn", Flows.today().plusMonths(6).toString());
        form.put("contactName", "张伟");
        form.put("contactOfficePhone", "0991-2345678");
        form.put("contactMobile", "13899990000");
        return form;
    }

    static ValidatableResponse apply(String who, Map<String, Object> form) {
        return given().auth().oauth2(Tokens.of(who)).contentType(ContentType.JSON).body(form)
                .post("/api/topic-column-applications").then();
    }

    static JsonPath detail(String who, long id) {
        return given().auth().oauth2(Tokens.of(who)).get("/api/topic-column-applications/" + id).then().statusCode(200)
                .extract().jsonPath();
    }

    static long waitingTask(long id) {
        List<Map<String, Object>> tasks = detail(DemoUsers.SITE_OFFICE, id).getList("activeRun.tasks");
        return tasks.stream().filter(t -> "IN_PROGRESS".equals(t.get("status"))).map(t -> ((Number) t.get("id")).longValue())
                .findFirst().orElseThrow();
    }

    static String unique(String base) {
        return base + (System.nanoTime() % 100000);
    }

    @Test
    void threeOpinionsInOrderOpenTheColumnWithItsInnerColumnsOnTheMainSite() {
        String name = unique("交通强国建设专题");
        long id = apply(DemoUsers.EDITOR_AFFILIATED, form(name)).statusCode(200).extract().jsonPath().getLong("application.id");
        JsonPath d = detail(DemoUsers.EDITOR_AFFILIATED, id);
        assertThat(d.getString("application.status")).isEqualTo("IN_REVIEW");
        assertThat(d.getString("application.applicantUnitName")).isEqualTo("公路事业发展中心");
        assertThat(d.getString("activeRun.waitingFor")).contains("申请单位意见").contains("王强");

        // the wrong unit or role may not give the applicant unit's opinion, nor skip ahead
        assertProblem(Flows.approve(DemoUsers.UNIT_HEAD_DEPARTMENT, waitingTask(id)), 403);
        assertProblem(Flows.approve(DemoUsers.SITE_OFFICE, waitingTask(id)), 403);
        assertThat(Flows.inbox(DemoUsers.UNIT_HEAD_AFFILIATED)).anySatisfy(duty ->
                assertThat(duty).containsEntry("subjectType", "topic-column-application").containsEntry("subjectId", (int) id));

        Flows.approve(DemoUsers.UNIT_HEAD_AFFILIATED, waitingTask(id)).statusCode(200);
        assertProblem(Flows.approve(DemoUsers.SITE_OFFICE, waitingTask(id)), 403);
        Flows.approve(DemoUsers.TECH_OPS, waitingTask(id)).statusCode(200);
        assertThat(given().get("/api/public/sites/main/home").then().extract().jsonPath().getList("navigation.name", String.class))
                .doesNotContain(name);
        Flows.approve(DemoUsers.SITE_OFFICE, waitingTask(id)).statusCode(200);

        JsonPath opened = detail(DemoUsers.EDITOR_AFFILIATED, id);
        assertThat(opened.getString("application.status")).isEqualTo("APPROVED");
        long column = opened.getLong("application.resultingColumnId");
        given().get("/api/public/sites/main/home").then().statusCode(200)
                .body("navigation.name", hasItem(name)).body("columns.name", hasItem(name));
        given().get("/api/public/columns/" + column + "/articles").then().statusCode(200)
                .body("column.children.name", hasItems("工作动态", "政策解读"));
        long mainSite = given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).get("/api/sites").then().extract().jsonPath()
                .getLong("find { it.code == 'main' }.id");
        JsonPath tree = given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).get("/api/sites/" + mainSite + "/columns").then()
                .extract().jsonPath();
        assertThat(tree.getString("find { it.id == " + column + " }.ownerUnit")).isEqualTo("GLFZZX");
        assertThat(tree.getString("find { it.id == " + column + " }.kind")).isEqualTo("TOPIC");
        assertThat(tree.getString("find { it.id == " + column + " }.endsOn")).isEqualTo(Flows.today().plusMonths(6).toString());
        assertThat(tree.getString("find { it.id == " + column + " }.children.find { it.name == '政策解读' }.ownerUnit")).isEqualTo("ZCFGC");
        List<Map<String, Object>> runs = given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_AFFILIATED))
                .get("/api/topic-column-applications/" + id + "/reviews").then().statusCode(200).extract().jsonPath().getList("[0].tasks");
        assertThat(runs).extracting(t -> t.get("stepName")).containsExactly("申请单位意见", "技术部门意见", "厅网站主管处室意见");
        assertThat(runs).extracting(t -> t.get("actorName")).containsExactly("王强", "周涛", "孙丽");
        assertThat(Flows.notifications(DemoUsers.EDITOR_AFFILIATED)).anySatisfy(n ->
                assertThat((String) n.get("title")).contains(name).contains("已开设"));
        // a decided application takes no more decisions
        assertProblem(apply(DemoUsers.EDITOR_AFFILIATED, form(name)), 400).body("errors.field", hasItem("topicName"));
    }

    @Test
    void aRejectionReturnsItAndAnUnchangedResubmissionKeepsTheEarlierOpinions() {
        String name = unique("平安交通专题");
        long id = apply(DemoUsers.EDITOR_AFFILIATED, form(name)).statusCode(200).extract().jsonPath().getLong("application.id");
        Flows.approve(DemoUsers.UNIT_HEAD_AFFILIATED, waitingTask(id)).statusCode(200);
        Flows.approve(DemoUsers.TECH_OPS, waitingTask(id)).statusCode(200);
        assertProblem(given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).contentType(ContentType.JSON).body(Map.of("reason", " "))
                .post("/api/reviews/tasks/" + waitingTask(id) + "/rejection").then(), 400);
        Flows.reject(DemoUsers.SITE_OFFICE, waitingTask(id), "请补充专题的更新保障安排").statusCode(200);
        JsonPath returned = detail(DemoUsers.EDITOR_AFFILIATED, id);
        assertThat(returned.getString("application.status")).isEqualTo("RETURNED");
        assertThat(returned.getList("allowed", String.class)).contains("revise");
        assertThat(Flows.notifications(DemoUsers.EDITOR_AFFILIATED)).anySatisfy(n ->
                assertThat((String) n.get("body")).contains("请补充专题的更新保障安排"));
        // another unit may not revise it
        assertProblem(given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_DEPARTMENT)).contentType(ContentType.JSON).body(form(name))
                .put("/api/topic-column-applications/" + id).then(), 403);

        given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_AFFILIATED)).contentType(ContentType.JSON).body(form(name))
                .put("/api/topic-column-applications/" + id).then().statusCode(200).body("application.status", equalTo("IN_REVIEW"))
                .body("application.revision", equalTo(1));
        // restart position 3: the unit's and the technical department's opinions on the same form carry over
        List<Map<String, Object>> tasks = detail(DemoUsers.SITE_OFFICE, id).getList("activeRun.tasks");
        assertThat(tasks).extracting(t -> t.get("carriedOver")).containsExactly(true, true, false);
        assertThat(detail(DemoUsers.SITE_OFFICE, id).getInt("activeRun.round")).isEqualTo(2);

        // a changed form is decided again from the start
        Flows.reject(DemoUsers.SITE_OFFICE, waitingTask(id), "结束时间请与工作安排一致").statusCode(200);
        Map<String, Object> changed = form(name);
        changed.put("endsOn", Flows.today().plusMonths(3).toString());
        given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_AFFILIATED)).contentType(ContentType.JSON).body(changed)
                .put("/api/topic-column-applications/" + id).then().statusCode(200).body("application.revision", equalTo(2));
        assertThat(detail(DemoUsers.SITE_OFFICE, id).getString("activeRun.waitingFor")).contains("申请单位意见");
    }

    @Test
    void aFinalApprovalThatCannotBeCarriedOutCreatesNothing() {
        String name = unique("同名专题");
        long first = apply(DemoUsers.EDITOR_AFFILIATED, form(name)).statusCode(200).extract().jsonPath().getLong("application.id");
        long second = apply(DemoUsers.EDITOR_AFFILIATED, form(name)).statusCode(200).extract().jsonPath().getLong("application.id");
        for (long id : List.of(first, second)) {
            Flows.approve(DemoUsers.UNIT_HEAD_AFFILIATED, waitingTask(id)).statusCode(200);
            Flows.approve(DemoUsers.TECH_OPS, waitingTask(id)).statusCode(200);
        }
        Flows.approve(DemoUsers.SITE_OFFICE, waitingTask(first)).statusCode(200);
        long task = waitingTask(second);
        assertProblem(Flows.approve(DemoUsers.SITE_OFFICE, task), 409).body("detail", org.hamcrest.Matchers.containsString(name));
        JsonPath after = detail(DemoUsers.SITE_OFFICE, second);
        assertThat(after.getString("application.status")).isEqualTo("IN_REVIEW");
        assertThat(after.getString("application.resultingColumnId")).isNull();
        assertThat(waitingTask(second)).isEqualTo(task);
        assertThat(given().get("/api/public/sites/main/home").then().extract().jsonPath().getList("navigation.name", String.class)
                .stream().filter(name::equals)).hasSize(1);
    }

    @Test
    void badFormsGetAProblemNamingTheField() {
        Map<String, Object> form = form(unique("坏表单"));
        form.put("endsOn", Flows.today().minusDays(1).toString());
        form.put("contactOfficePhone", "电话");
        form.put("contactMobile", "1234");
        form.put("innerColumns", List.of(Map.of("name", "动态", "updateClass", "DYNAMIC", "ownerUnit", "NOSUCH"),
                Map.of("name", "动态", "updateClass", "DYNAMIC")));
        assertProblem(apply(DemoUsers.EDITOR_AFFILIATED, form), 400)
                .body("errors.field", hasItems("contactOfficePhone", "contactMobile"));
        form.put("contactOfficePhone", "0991-2345678");
        form.put("contactMobile", "13899990000");
        assertProblem(apply(DemoUsers.EDITOR_AFFILIATED, form), 400)
                .body("errors.field", hasItems("endsOn", "innerColumns[0].ownerUnit", "innerColumns[1].name"));
        Map<String, Object> unregistered = form(unique("外链专题"));
        unregistered.put("topicUrl", "https://topic.example.com/");
        assertProblem(apply(DemoUsers.EDITOR_AFFILIATED, unregistered), 422).body("errors.field", hasItem("topicUrl"));
        assertProblem(given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_AFFILIATED)).contentType(ContentType.JSON)
                .body("{\"topicName\":\"x\",\"startsOn\":\"2026-13-45\"}").post("/api/topic-column-applications").then(), 400);
        // units cannot apply in another's name, and leaders or the site office do not apply at all
        assertProblem(apply(DemoUsers.LEADER, form(unique("领导申请"))), 403);
        assertProblem(given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_DEPARTMENT)).get("/api/topic-column-applications/"
                + apply(DemoUsers.EDITOR_AFFILIATED, form(unique("他人申请"))).statusCode(200).extract().jsonPath()
                .getLong("application.id")).then(), 403);
    }

    @Test
    void eightApprovalsOfTheLastStepAtOnceOpenTheColumnOnce() throws Exception {
        String name = unique("双击开设专题");
        long id = apply(DemoUsers.EDITOR_AFFILIATED, form(name)).statusCode(200).extract().jsonPath().getLong("application.id");
        Flows.approve(DemoUsers.UNIT_HEAD_AFFILIATED, waitingTask(id)).statusCode(200);
        Flows.approve(DemoUsers.TECH_OPS, waitingTask(id)).statusCode(200);
        long last = waitingTask(id);
        List<Integer> statuses = Race.statuses(8, () -> Flows.approve(DemoUsers.SITE_OFFICE, last).extract().statusCode());
        assertThat(statuses).containsOnlyOnce(200).filteredOn(s -> s != 200).containsOnly(409).hasSize(7);
        assertThat(detail(DemoUsers.SITE_OFFICE, id).getString("application.status")).isEqualTo("APPROVED");
        List<String> names = given().get("/api/public/sites/main/home").then().statusCode(200).extract().jsonPath()
                .getList("navigation.name", String.class);
        assertThat(names).filteredOn(name::equals).hasSize(1);
    }
}
