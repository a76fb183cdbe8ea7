package cn.tianshan.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.tianshan.common.security.Role;
import cn.tianshan.testing.DemoUsers;
import cn.tianshan.testing.Flows;
import cn.tianshan.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the committed contract, as nobody, as each role that may not call it, and as the right role of
 * another unit: 401 or 403 with a problem, never a 2xx, a 404, a 415 or a 5xx. The test reads openapi/openapi.yaml, so an
 * operation added tomorrow is swept tomorrow without a line here.
 */
@QuarkusTest
class AuthorizationSweepTest {

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    /** People holding each kind of role the contract names, and the integration client. */
    private static final List<String> PROBES = List.of(DemoUsers.EDITOR_DEPARTMENT, DemoUsers.SITE_OFFICE, DemoUsers.TECH_OPS,
            DemoUsers.SYS_ADMIN, DemoUsers.SECURITY_ADMIN, DemoUsers.AUDITOR, DemoUsers.MAILBOX_HANDLER);
    private static final String INTEGRATION = "integration client";

    private final Contract contract = Contract.read();

    @Test
    void theContractNamesRolesForEveryOperationOutsideThePublicApi() {
        assertThat(contract.operations()).hasSizeGreaterThan(150);
        assertThat(contract.operations()).filteredOn(op -> op.isPublic() && !op.path().startsWith("/api/public/")).isEmpty();
        assertThat(contract.operations()).filteredOn(op -> !op.isPublic() && op.path().startsWith("/api/public/")).isEmpty();
    }

    @Test
    void nobodyCallsAStaffOperationWithoutSigningIn() {
        List<String> wrong = new ArrayList<>();
        for (Contract.Operation op : contract.operations()) {
            if (op.isPublic()) {
                continue;
            }
            Response response = call(given(), op, 987_654_321L);
            if (response.statusCode() != 401 || !isProblem(response)
                    || !"Bearer realm=\"tianshan\"".equals(response.header("WWW-Authenticate"))) {
                wrong.add(op + " → " + response.statusCode() + " " + response.contentType());
            }
        }
        assertThat(wrong).as("operations that did not answer an anonymous caller 401 with a problem and a challenge").isEmpty();
    }

    @Test
    void aRoleTheContractDoesNotNameIsRefused() {
        Map<String, Set<String>> holders = new LinkedHashMap<>();
        for (String user : PROBES) {
            holders.put(user, effectiveRoles(user));
        }
        holders.put(INTEGRATION, Set.of(Role.Names.INTEGRATION));
        List<String> wrong = new ArrayList<>();
        int refusals = 0;
        for (Contract.Operation op : contract.operations()) {
            if (op.isPublic()) {
                continue;
            }
            for (Map.Entry<String, Set<String>> holder : holders.entrySet()) {
                if (holder.getValue().stream().anyMatch(op.roles()::contains)) {
                    continue;
                }
                String token = holder.getKey().equals(INTEGRATION) ? Tokens.integration() : Tokens.of(holder.getKey());
                Response response = call(given().auth().oauth2(token), op, 987_654_321L);
                refusals++;
                if (response.statusCode() != 403 || !isProblem(response)) {
                    wrong.add(op + " as " + holder.getKey() + " " + holder.getValue() + " → " + response.statusCode());
                }
            }
        }
        assertThat(refusals).as("role refusals the sweep tried").isGreaterThan(300);
        assertThat(wrong).as("operations that did not refuse a role the contract does not name with 403").isEmpty();
    }

    @Test
    void anEditorCannotTouchAnotherUnitsArticle() {
        long article = Flows.create(DemoUsers.NEWS_EDITOR, Flows.article("NEWS", "他单位的稿件", Flows.NEWS_COLUMN));
        String otherUnit = Tokens.of(DemoUsers.EDITOR_AFFILIATED);
        List<String> wrong = new ArrayList<>();
        int tried = 0;
        for (Contract.Operation op : contract.operations()) {
            if (!op.path().startsWith("/api/articles/{id}") || PATH_PARAMETER.matcher(op.path()).results().count() != 1
                    || !op.roles().contains(Role.Names.CONTENT)) {
                continue;
            }
            tried++;
            Response response = call(given().auth().oauth2(otherUnit), op, article, contract.plausibleBody(op));
            if (response.statusCode() != 403 || !isProblem(response)) {
                wrong.add(op + " → " + response.statusCode());
            }
        }
        assertThat(tried).isGreaterThan(10);
        assertThat(wrong).as("article operations another unit's editor was not refused").isEmpty();
        var unchanged = Flows.get(DemoUsers.NEWS_EDITOR, article);
        assertThat(unchanged.getString("editorialStatus")).isEqualTo("DRAFT");
        assertThat(unchanged.getString("current.title")).isEqualTo("他单位的稿件");
    }

    /** The operation with every path parameter filled (ids with {@code id}), required query parameters and a body. */
    static Response call(RequestSpecification request, Contract.Operation op, long id) {
        return call(request, op, id, "{}");
    }

    static Response call(RequestSpecification request, Contract.Operation op, long id, String jsonBody) {
        Matcher m = PATH_PARAMETER.matcher(op.path());
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            Contract.Parameter parameter = op.parameters().stream().filter(p -> p.name().equals(m.group(1))).findFirst().orElseThrow();
            m.appendReplacement(path, parameter.type().equals("integer") ? Long.toString(id) : "ZCFGC");
        }
        m.appendTail(path);
        for (Contract.Parameter p : op.parameters()) {
            if (p.in().equals("query") && p.required()) {
                request = request.queryParam(p.name(), "1");
            }
        }
        if ("multipart/form-data".equals(op.body())) {
            request = request.multiPart("file", "说明.pdf", "%PDF-1.4\n%%EOF".getBytes(), "application/pdf");
        } else if (op.body() != null) {
            request = request.contentType(op.body()).body(jsonBody);
        }
        return request.redirects().follow(false).request(op.method(), path.toString());
    }

    static boolean isProblem(Response response) {
        String type = response.contentType();
        return type != null && type.startsWith("application/problem+json");
    }

    private static Set<String> effectiveRoles(String user) {
        Set<String> roles = new LinkedHashSet<>(given().auth().oauth2(Tokens.of(user)).get("/api/me").then().statusCode(200)
                .extract().jsonPath().getList("roles.name", String.class));
        boolean staff = roles.stream().map(Role::fromWireName).flatMap(java.util.Optional::stream).anyMatch(r -> r != Role.INTEGRATION);
        boolean content = roles.stream().map(Role::fromWireName).flatMap(java.util.Optional::stream).anyMatch(Role::staff);
        if (staff) {
            roles.add(Role.Names.STAFF);
        }
        if (content) {
            roles.add(Role.Names.CONTENT);
        }
        return roles;
    }
}
