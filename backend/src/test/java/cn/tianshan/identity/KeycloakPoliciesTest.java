package cn.tianshan.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.tianshan.testing.DemoUsers;
import cn.tianshan.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Art. 21 and 等级保护 level 3, as the running Keycloak enforces them (not as the realm file says): weak passwords
 * refused, a second factor for administrators, sessions that end. Lockout is in {@link KeycloakRealmTest}.
 */
class KeycloakPoliciesTest {

    @Test
    void theRunningKeycloakRefusesWeakPasswords() {
        String admin = Tokens.keycloakAdministrator();
        String id = given().auth().oauth2(admin).queryParam("username", DemoUsers.DUAL_ROLE).queryParam("exact", true)
                .get(Tokens.keycloakServer() + "/admin/realms/tianshan/users").then().statusCode(200).extract().path("[0].id");
        for (String weak : List.of("Ab1!", "abcdefgh1!", "ABCDEFGH1!", "Abcdefghi!", "Abcdefgh12")) {
            Response answer = given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body(Map.of("type", "password", "value", weak, "temporary", false))
                    .put(Tokens.keycloakServer() + "/admin/realms/tianshan/users/" + id + "/reset-password");
            assertThat(answer.statusCode()).as("%s: %s", weak, answer.asString()).isEqualTo(400);
        }
        assertThat(Tokens.passwordGrant(DemoUsers.DUAL_ROLE, Tokens.PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void anAdministratorWithASecondFactorCannotSignInWithThePasswordAlone() {
        Response without = Tokens.passwordGrant("audit.tester", Tokens.PASSWORD);
        assertThat(without.statusCode()).as(without.asString()).isIn(400, 401);
        assertThat(without.jsonPath().getString("access_token")).isNull();
        Response with = given().formParams(Map.of("grant_type", "password", "client_id", "tianshan-test",
                        "client_secret", System.getenv().getOrDefault("TIANSHAN_TEST_CLIENT_SECRET", "tianshan-test-secret"),
                        "username", "audit.tester", "password", Tokens.PASSWORD, "totp", totp("TianshanTestOtpKey01")))
                .post(Tokens.issuer() + "/protocol/openid-connect/token");
        assertThat(with.statusCode()).as(with.asString()).isEqualTo(200);
    }

    @Test
    void tokensAreShortAndAnIdleSessionEndsAfterHalfAnHour() {
        Response grant = Tokens.passwordGrant(DemoUsers.EDITOR_DEPARTMENT, Tokens.PASSWORD);
        assertThat(grant.jsonPath().getInt("expires_in")).isEqualTo(300);
        assertThat(grant.jsonPath().getInt("refresh_expires_in")).isEqualTo(1800);
    }

    /** RFC 6238, as an authenticator app computes it. */
    static String totp(String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(Instant.now().getEpochSecond() / 30).array());
            int offset = hash[hash.length - 1] & 0xf;
            int code = ((hash[offset] & 0x7f) << 24 | (hash[offset + 1] & 0xff) << 16 | (hash[offset + 2] & 0xff) << 8
                    | (hash[offset + 3] & 0xff)) % 1_000_000;
            return String.format("%06d", code);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
