package cn.tianshan.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;

/** What a citizen's browser does: fetch a challenge, solve it, send the form. */
public final class PublicIntake {

    private PublicIntake() {
    }

    public static Map<String, Object> solvedChallenge() {
        JsonPath c = given().get("/api/public/challenges").then().statusCode(200).extract().jsonPath();
        String nonce = c.getString("nonce");
        int difficulty = c.getInt("difficulty");
        long solution = solve(nonce, difficulty);
        Map<String, Object> answer = new HashMap<>();
        answer.put("nonce", nonce);
        answer.put("difficulty", difficulty);
        answer.put("expiresAt", c.getLong("expiresAt"));
        answer.put("signature", c.getString("signature"));
        answer.put("solution", solution);
        return answer;
    }

    public static long solve(String nonce, int bits) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (long n = 0; ; n++) {
                byte[] h = sha.digest((nonce + ":" + n).getBytes(StandardCharsets.UTF_8));
                boolean ok = true;
                for (int i = 0; i < bits && ok; i++) {
                    ok = (h[i / 8] & (0x80 >>> (i % 8))) == 0;
                }
                if (ok) {
                    return n;
                }
            }
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A letter with every required field, unique content (so it is not a near duplicate of another test's). */
    public static Map<String, Object> letter(String subject) {
        Map<String, Object> letter = new HashMap<>();
        letter.put("kind", "COMPLAINT");
        letter.put("subject", subject);
        letter.put("content", "我是乌鲁木齐市民王小明，" + subject + "。" + randomText(80) + "。联系电话 13912345678，车牌新A·12345。");
        letter.put("name", "王小明");
        letter.put("phone", "13912345678");
        letter.put("email", "wang.xiaoming@example.com");
        letter.put("consentToPublish", true);
        letter.put("password", "query-pass-1");
        letter.put("challenge", solvedChallenge());
        return letter;
    }

    /** A disclosure request with every required field, as a citizen fills in the form. */
    public static Map<String, Object> disclosureApplication(String description) {
        Map<String, Object> a = new HashMap<>();
        a.put("applicantType", "CITIZEN");
        a.put("applicantName", "李建国");
        a.put("idKind", "居民身份证");
        a.put("idNumber", "650102198001011234");
        a.put("phone", "13800990011");
        a.put("email", "li.jianguo@example.com");
        a.put("address", "乌鲁木齐市天山区人民路 1 号");
        a.put("postalCode", "830000");
        a.put("description", description);
        a.put("purpose", "了解工程进度");
        a.put("deliveryForm", "ELECTRONIC");
        a.put("deliveryMethod", "EMAIL");
        a.put("password", "apply-pass-1");
        a.put("challenge", solvedChallenge());
        return a;
    }

    /** Random Chinese characters: letters of different tests never look like near duplicates of each other. */
    public static String randomText(int length) {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) random.nextInt(0x4E00, 0x9FA5));
        }
        return text.toString();
    }

    public static ValidatableResponse send(Map<String, Object> letter) {
        return given().contentType(ContentType.JSON).body(letter).post("/api/public/mailbox-messages").then();
    }

    /** Sends the letter and returns its id (looked up by the technical department) and tracking code. */
    public static Map<String, Object> write(String subject) {
        String code = send(letter(subject)).statusCode(201).extract().jsonPath().getString("trackingCode");
        long id = given().auth().oauth2(Tokens.of(DemoUsers.TECH_OPS)).get("/api/mailbox-messages?size=100").then().statusCode(200)
                .extract().jsonPath().getLong("letters.find { it.trackingCode == '" + code + "' }.id");
        return Map.of("id", id, "code", code);
    }

    public static ValidatableResponse lookup(String code, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("trackingCode", code, "password", password))
                .post("/api/public/mailbox-messages/lookup").then();
    }
}
