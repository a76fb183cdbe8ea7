package cn.tianshan.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.tianshan.testing.PublicIntake;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every write the public may make without signing in is limited: once an address has used up its allowance, a
 * well-formed request gets 429 with Retry-After and a problem, before anything is stored. The operations come from
 * the contract, so a new anonymous write fails this test until it has a request here and goes through the intake
 * guard. The allowance is used up by adding hits to the shared database windows the guard counts in (tests run
 * with generous limits), and given back afterwards.
 */
@QuarkusTest
class AnonymousWritesTest {

    private static final long NOWHERE = 999_999_999L;
    private static final int USED_UP = 1_000_000;

    /** Each anonymous write with a request that passes the declared checks, and the window its allowance is counted in. */
    private record Write(String window, Supplier<Response> request) {
    }

    @Inject
    DataSource dataSource;

    private final List<Object[]> added = new ArrayList<>();

    private static Response post(String path, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post(path);
    }

    private static Map<String, Object> tracked(Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("trackingCode", "XJ2026ABCDEF", "password", "query-pass-1"));
        body.putAll(extra);
        return body;
    }

    private static Map<String, Write> writes() {
        Map<String, Write> writes = new HashMap<>();
        writes.put("POST /api/public/mailbox-messages", new Write("mailbox",
                () -> post("/api/public/mailbox-messages", PublicIntake.letter("限流检查来信"))));
        writes.put("POST /api/public/disclosure-requests", new Write("disclosure",
                () -> post("/api/public/disclosure-requests", PublicIntake.disclosureApplication("申请公开 2025 年度公路养护计划"))));
        writes.put("POST /api/public/consultations/{id}/comments", new Write("consultation",
                () -> post("/api/public/consultations/" + NOWHERE + "/comments", Map.of("content", "建议明确养护责任主体。",
                        "name", "马建新", "contact", "13999001122", "challenge", PublicIntake.solvedChallenge()))));
        writes.put("POST /api/public/interviews/{id}/questions", new Write("interview",
                () -> post("/api/public/interviews/" + NOWHERE + "/questions", Map.of("content", "服务区充电桩什么时候覆盖？",
                        "challenge", PublicIntake.solvedChallenge()))));
        writes.put("POST /api/public/surveys/{id}/responses", new Write("survey",
                () -> post("/api/public/surveys/" + NOWHERE + "/responses", Map.of("answers",
                        List.of(Map.of("questionId", 1, "optionIds", List.of(1))), "challenge", PublicIntake.solvedChallenge()))));
        writes.put("POST /api/public/uploads", new Write("upload", () -> given()
                .multiPart("file", "现场照片.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, "image/png")
                .post("/api/public/uploads")));
        writes.put("POST /api/public/mailbox-messages/lookup", new Write("lookup-fail",
                () -> post("/api/public/mailbox-messages/lookup", tracked(Map.of()))));
        writes.put("POST /api/public/mailbox-messages/clarification", new Write("lookup-fail",
                () -> post("/api/public/mailbox-messages/clarification", tracked(Map.of("text", "G30 线 K3500 处")))));
        writes.put("POST /api/public/mailbox-messages/rating", new Write("lookup-fail",
                () -> post("/api/public/mailbox-messages/rating", tracked(Map.of("rating", "SATISFIED")))));
        writes.put("POST /api/public/disclosure-requests/lookup", new Write("lookup-fail",
                () -> post("/api/public/disclosure-requests/lookup", tracked(Map.of()))));
        writes.put("POST /api/public/disclosure-requests/supplement", new Write("lookup-fail",
                () -> post("/api/public/disclosure-requests/supplement", tracked(Map.of("text", "第三标段")))));
        return writes;
    }

    @Test
    void everyAnonymousWriteIsRefusedWith429OnceTheAddressHasUsedItsAllowance() throws SQLException {
        Set<String> anonymousWrites = new LinkedHashSet<>();
        for (Contract.Operation op : Contract.read().operations()) {
            if (op.isPublic() && !op.method().equals("GET") && !op.path().equals("/api/public/challenges")) {
                anonymousWrites.add(op.toString());
            }
        }
        Map<String, Write> writes = writes();
        assertThat(writes.keySet()).as("anonymous writes in the contract, each needs a request here").containsAll(anonymousWrites);

        Set<String> addresses = addressesSeen();
        for (Write write : writes.values()) {
            useUp(write.window(), addresses);
        }
        for (String operation : anonymousWrites) {
            Response answer = writes.get(operation).request().get();
            assertThat(answer.statusCode()).as(operation + ": " + answer.asString()).isEqualTo(429);
            assertThat(answer.contentType()).as(operation).startsWith("application/problem+json");
            assertThat(Long.parseLong(answer.header("Retry-After"))).as(operation).isPositive();
            assertThat(answer.jsonPath().getString("title")).as(operation).isNotBlank();
        }
    }

    /** The addresses the guard has counted this client as (loopback, as IPv4 or IPv6). */
    private Set<String> addressesSeen() throws SQLException {
        post("/api/public/consultations/" + NOWHERE + "/comments", Map.of("content", "地址探测：建议增设路标。", "challenge",
                Map.of("nonce", "x", "difficulty", 1, "expiresAt", 1, "signature", "x", "solution", 1)));
        Set<String> addresses = new LinkedHashSet<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT DISTINCT SUBSTRING(bucket, LENGTH('consultation:ip:') + 1) "
                     + "FROM intake_window WHERE bucket LIKE 'consultation:ip:%'");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                addresses.add(rs.getString(1));
            }
        }
        assertThat(addresses).as("the guard counted the probe").isNotEmpty();
        return addresses;
    }

    /** Adds hits to this and the next window (the hour or quarter may turn during the test). */
    private void useUp(String channel, Set<String> addresses) throws SQLException {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).truncatedTo(ChronoUnit.SECONDS);
        List<LocalDateTime> windows = channel.equals("lookup-fail")
                ? List.of(quarter(now), quarter(now).plusMinutes(15))
                : List.of(now.truncatedTo(ChronoUnit.HOURS), now.truncatedTo(ChronoUnit.HOURS).plusHours(1));
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO intake_window (bucket, window_start, hits) VALUES (?, ?, ?) "
                     + "ON DUPLICATE KEY UPDATE hits = hits + VALUES(hits)")) {
            for (String address : addresses) {
                for (LocalDateTime window : windows) {
                    s.setString(1, channel + ":ip:" + address);
                    s.setObject(2, window);
                    s.setInt(3, USED_UP);
                    s.executeUpdate();
                    added.add(new Object[] {channel + ":ip:" + address, window});
                }
            }
        }
    }

    private static LocalDateTime quarter(LocalDateTime t) {
        return t.truncatedTo(ChronoUnit.HOURS).plusMinutes(15L * (t.getMinute() / 15));
    }

    @AfterEach
    void giveTheAllowanceBack() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE intake_window SET hits = GREATEST(hits - ?, 0) "
                     + "WHERE bucket = ? AND window_start = ?")) {
            for (Object[] window : added) {
                s.setInt(1, USED_UP);
                s.setString(2, (String) window[0]);
                s.setObject(3, window[1]);
                s.executeUpdate();
            }
        }
        added.clear();
    }
}
