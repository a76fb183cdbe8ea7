package cn.tianshan.org;

import static cn.tianshan.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
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

/** Which leader is in charge of which unit, from when: effective-dated, by name, only real leaders. */
@QuarkusTest
class LeaderTermsTest {

    private static io.restassured.specification.RequestSpecification office() {
        return given().auth().oauth2(Tokens.of(DemoUsers.SITE_OFFICE)).contentType(ContentType.JSON);
    }

    @Test
    void theDepartmentsTwoLeadersShareTheUnits() {
        JsonPath leaders = office().get("/api/org/leaders").then().statusCode(200).extract().jsonPath();
        assertThat(leaders.getString("find { it.unit.code == 'GLFZZX' }.leader.name")).isEqualTo("陈军");
        assertThat(leaders.getString("find { it.unit.code == 'ZHGHC' }.leader.name")).isEqualTo("杨帆");
        assertThat(leaders.getString("find { it.unit.code == 'ZHGHC' }.leader.unitName")).isEqualTo("厅领导");
        assertThat(leaders.getList("unit.code", String.class)).doesNotContain("TLD");
    }

    @Test
    void onlyARealPersonWithTheLeaderRoleCanBeInChargeAndNeverBackDated() {
        assertProblem(office().body(Map.of("leaderUsername", "li.na", "reason", "误选")).put("/api/org/leaders/AQJDC").then(), 400)
                .body("errors[0].field", equalTo("leaderUsername"))
                .body("errors[0].message", equalTo("李娜不是厅领导（没有“厅分管领导”角色），不能分管单位"));
        assertProblem(office().body(Map.of("leaderUsername", "no.such.person", "reason", "误填")).put("/api/org/leaders/AQJDC").then(), 400)
                .body("errors[0].message", equalTo("统一身份认证中没有用户“no.such.person”"));
        assertProblem(office().body(Map.of("leaderUsername", DemoUsers.LEADER, "validFrom", Flows.today().minusDays(1).toString(),
                "reason", "倒签")).put("/api/org/leaders/AQJDC").then(), 400).body("errors[0].field", equalTo("validFrom"));
        assertProblem(given().auth().oauth2(Tokens.of(DemoUsers.UNIT_HEAD_DEPARTMENT)).contentType(ContentType.JSON)
                .body(Map.of("leaderUsername", DemoUsers.LEADER, "reason", "越权")).put("/api/org/leaders/ZCFGC").then(), 403);
    }

    @Test
    void aChangeTakesEffectOnItsDayAndTheHistoryKeepsEveryTerm() {
        String from = Flows.today().plusDays(30).toString();
        office().body(Map.of("leaderUsername", DemoUsers.LEADER, "validFrom", from, "reason", "厅领导分工调整（测试）"))
                .put("/api/org/leaders/CWC").then().statusCode(200)
                .body("leader.name", equalTo("杨帆")).body("next.leader.name", equalTo("陈军")).body("next.validFrom", equalTo(from));
        try {
            List<Map<String, Object>> terms = office().get("/api/org/leaders/CWC/terms").then().statusCode(200).extract().jsonPath().getList("$");
            assertThat(terms).extracting(t -> (Object) ((Map<?, ?>) t.get("leader")).get("name")).containsSubsequence("杨帆", "陈军");
            Map<String, Object> previous = terms.get(terms.size() - 2);
            assertThat(previous.get("validTo")).isEqualTo(Flows.today().plusDays(29).toString());
            assertThat(terms.get(terms.size() - 1).get("assignedByName")).isEqualTo("孙丽");
        } finally {
            office().body(Map.of("leaderUsername", DemoUsers.OTHER_LEADER, "validFrom", from, "reason", "测试结束，维持原分工"))
                    .put("/api/org/leaders/CWC").then().statusCode(200).body("next.leader.name", equalTo("杨帆"));
        }
    }

    @Test
    void peopleArePickedByNameAndRole() {
        List<Map<String, Object>> leaders = office().queryParam("role", "leader").get("/api/org/people").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertThat(leaders.stream().map(p -> p.get("name").toString()).toList()).contains("陈军", "杨帆");
        assertThat(leaders).allSatisfy(p -> assertThat(p.get("roles").toString()).contains("leader"));
        assertProblem(office().queryParam("role", "boss").get("/api/org/people").then(), 400);
        given().auth().oauth2(Tokens.of(DemoUsers.EDITOR_DEPARTMENT)).get("/api/me").then().body("displayName", equalTo("李娜"));
    }
}
