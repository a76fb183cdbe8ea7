package cn.tianshan.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.tianshan.testing.DemoUsers;
import cn.tianshan.testing.Race;
import cn.tianshan.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * What happens in Keycloak reaches the audit chain: failed sign-ins and the lockout they cause, and an
 * administrator's change in Keycloak's own console. Against the test realm's running Keycloak.
 */
@QuarkusTest
class KeycloakEventImportTest {

    private static final String PROBE = "signin.audit.probe";

    @Inject
    KeycloakEventImport importer;

    /** Only this run's records: the test realm's Keycloak may have seen a run before this one. */
    private static final String STARTED = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusSeconds(2)
            .truncatedTo(ChronoUnit.SECONDS).toString();

    private static List<Map<String, Object>> records(String username, String actionPrefix) {
        return given().auth().oauth2(Tokens.of(DemoUsers.AUDITOR)).queryParam("username", username).queryParam("from", STARTED)
                .queryParam("action", actionPrefix).queryParam("size", 200).get("/api/audit/records")
                .then().statusCode(200).extract().jsonPath().getList("records");
    }

    /** The import runs every two seconds in tests; Keycloak's brute-force detector records a lockout a moment later. */
    private static List<Map<String, Object>> awaitRecords(String username, String actionPrefix,
                                                           Predicate<List<Map<String, Object>>> enough) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<Map<String, Object>> found = records(username, actionPrefix);
        while (!enough.test(found) && System.nanoTime() < deadline) {
            Thread.sleep(250);
            found = records(username, actionPrefix);
        }
        return found;
    }

    @Test
    void failedSignInsAndTheLockoutTheyCauseAreInTheChainWithThePersonsName() throws Exception {
        String admin = Tokens.keycloakAdministrator();
        given().auth().oauth2(admin).delete(Tokens.keycloakServer() + "/admin/realms/tianshan/attack-detection/brute-force/users/" + probeId(admin))
                .then().statusCode(204);
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(Tokens.passwordGrant(PROBE, "Wrong@Password" + attempt).statusCode()).isIn(400, 401);
        }
        assertThat(Tokens.passwordGrant(PROBE, Tokens.PASSWORD).jsonPath().getString("access_token")).as("locked out").isNull();

        List<Map<String, Object>> failures = awaitRecords(PROBE, "auth.login-failed", r -> r.size() >= 6);
        assertThat(failures).hasSizeGreaterThanOrEqualTo(6).allSatisfy(record -> assertThat(record)
                .containsEntry("actorName", "测审计").containsEntry("outcome", "FAILURE")
                .containsEntry("targetType", "account").containsEntry("targetId", PROBE));
        assertThat(failures).extracting(r -> r.get("error")).contains("密码错误", "账号已被临时锁定");
        assertThat(failures).allSatisfy(r -> assertThat((String) r.get("clientAddress")).isNotBlank());

        List<Map<String, Object>> lockouts = awaitRecords(PROBE, "auth.locked-out", r -> !r.isEmpty());
        assertThat(lockouts).hasSize(1);
        assertThat(lockouts.get(0)).containsEntry("actorName", "测审计").containsEntry("action", "auth.locked-out");

        given().auth().oauth2(Tokens.of(DemoUsers.AUDITOR)).get("/api/audit/verification").then().body("intact", equalTo(true));
    }

    @Test
    void aChangeMadeInKeycloaksOwnConsoleIsInTheChain() throws Exception {
        String admin = Tokens.keycloakAdministrator();
        String id = probeId(admin);
        Map<String, Object> user = given().auth().oauth2(admin).get(Tokens.keycloakServer() + "/admin/realms/tianshan/users/" + id)
                .then().statusCode(200).extract().jsonPath().getMap("");
        user.put("email", "signin.audit.changed@jtyst.example.gov.cn");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(user).put(Tokens.keycloakServer() + "/admin/realms/tianshan/users/" + id)
                .then().statusCode(204);

        List<Map<String, Object>> changes = awaitRecords(KeycloakEventReader.MASTER_ADMINISTRATOR, "keycloak.update",
                r -> r.stream().anyMatch(record -> ("users/" + id).equals(record.get("targetId"))));
        assertThat(changes).filteredOn(record -> ("users/" + id).equals(record.get("targetId"))).singleElement()
                .satisfies(record -> assertThat(record).containsEntry("actorName", "Keycloak 主控台管理员")
                        .containsEntry("targetType", "keycloak:user").containsEntry("outcome", "SUCCESS"));
    }

    private static String probeId(String admin) {
        return given().auth().oauth2(admin).queryParam("username", PROBE).queryParam("exact", true)
                .get(Tokens.keycloakServer() + "/admin/realms/tianshan/users").then().statusCode(200).extract().path("[0].id");
    }

    @Test
    void aLockoutKeycloakReportsTwiceIsRecordedOnceAndALaterOneAgain() throws Exception {
        String account = "lockout.restated." + System.nanoTime();
        long now = System.currentTimeMillis() + 1_000;
        List<Boolean> copied = List.of(
                importer.copy(lockout(account, now)),
                importer.copy(lockout(account, now + 800)),
                importer.copy(lockout(account, now + 120_000)));
        assertThat(copied).containsExactly(true, false, true);
        assertThat(records(account, "auth.locked-out")).hasSize(2);
    }

    private KeycloakEventReader.KeycloakEvent lockout(String account, long epochMillis) {
        LocalDateTime at = LocalDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), ZoneId.of("Asia/Shanghai"))
                .truncatedTo(ChronoUnit.SECONDS);
        String id = UUID.randomUUID().toString();
        return new KeycloakEventReader.KeycloakEvent(id, "test", epochMillis, new AuditEntry(at, account, null, null,
                "auth.locked-out", "account", account, AuditEntry.Outcome.FAILURE, null, null, "127.0.0.1", id));
    }

    @Test
    void instancesImportingAtOnceCopyEachEventOnce() throws Exception {
        for (int attempt = 0; attempt < 2; attempt++) {
            Tokens.passwordGrant("no.such.person", "Not@ThePassword" + attempt);
        }
        Race.statuses(6, () -> {
            importer.importNew();
            return 0;
        });
        List<Map<String, Object>> failures = awaitRecords("no.such.person", "auth.login-failed", r -> r.size() >= 2);
        assertThat(failures).hasSizeGreaterThanOrEqualTo(2).allSatisfy(r -> assertThat(r).containsEntry("error", "账号不存在"));
        List<Object> eventIds = failures.stream().map(r -> r.get("requestId")).toList();
        assertThat(eventIds).doesNotHaveDuplicates().doesNotContainNull();
    }
}
