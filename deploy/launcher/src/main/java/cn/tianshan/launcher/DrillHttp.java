package cn.tianshan.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/** What the drills send through the front door: a citizen's letters, staff calls with real Keycloak tokens, page reads. */
final class DrillHttp {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "Tianshan@2026";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();
    private final String base;
    private final String tokenEndpoint;
    private final String testClientSecret;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    private record Token(String value, java.time.Instant expires) {
    }

    record Answer(int status, JsonNode body) {
    }

    DrillHttp(String base, String issuer, String testClientSecret) {
        this.base = base;
        this.tokenEndpoint = issuer + "/protocol/openid-connect/token";
        this.testClientSecret = testClientSecret;
    }

    /** Status of a GET; -1 when the connection failed. */
    int read(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** A letter with its subject as the drill's key: fetch a challenge, solve it, send. */
    Answer letter(String subject) throws IOException, InterruptedException {
        Answer challenge = call("GET", "/api/public/challenges", null, null);
        if (challenge.status() != 200) {
            return challenge;
        }
        JsonNode c = challenge.body();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("nonce", c.path("nonce").asText());
        answer.put("difficulty", c.path("difficulty").asInt());
        answer.put("expiresAt", c.path("expiresAt").asLong());
        answer.put("signature", c.path("signature").asText());
        answer.put("solution", solve(c.path("nonce").asText(), c.path("difficulty").asInt()));
        Map<String, Object> letter = new LinkedHashMap<>();
        letter.put("kind", "SUGGESTION");
        letter.put("subject", subject);
        letter.put("content", "我是乌鲁木齐市民，" + subject + "：建议在早晚高峰加密公交班次。" + randomText(60) + "。联系电话 13912345678。");
        letter.put("name", "演练市民");
        letter.put("phone", "13912345678");
        letter.put("email", "drill@example.com");
        letter.put("consentToPublish", false);
        letter.put("password", "drill-pass-1");
        letter.put("challenge", answer);
        return call("POST", "/api/public/mailbox-messages", null, letter);
    }

    /** One sign-in per person for the whole drill: Keycloak refused concurrent password grants of one person. */
    synchronized String token(String username) throws IOException, InterruptedException {
        Token known = tokens.get(username);
        if (known != null && known.expires().isAfter(java.time.Instant.now())) {
            return known.value();
        }
        String form = "grant_type=password&client_id=tianshan-test&client_secret=" + enc(testClientSecret) + "&username="
                + enc(username) + "&password=" + enc(PASSWORD);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(tokenEndpoint))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new LaunchException("Keycloak refused a token for " + username + ": " + response.body());
        }
        JsonNode granted = JSON.readTree(response.body());
        String token = granted.path("access_token").asText();
        tokens.put(username, new Token(token, java.time.Instant.now().plusSeconds(Math.max(10, granted.path("expires_in").asInt() - 30))));
        return token;
    }

    Answer call(String method, String path, String token, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(15));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        JsonNode json = null;
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (type.contains("json") && response.body().length > 0) {
            json = JSON.readTree(response.body());
        }
        return new Answer(response.statusCode(), json);
    }

    Answer as(String username, String method, String path, Object body) throws IOException, InterruptedException {
        return call(method, path, token(username), body);
    }

    /** A multipart upload of one file, as the console sends an attachment. */
    Answer upload(String username, String path, String fileName, byte[] content, String mediaType)
            throws IOException, InterruptedException {
        String boundary = "----tianshan-drill-" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + mediaType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(15))
                .header("Authorization", "Bearer " + token(username))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(response.statusCode(), response.body().length > 0 ? JSON.readTree(response.body()) : null);
    }

    private static long solve(String nonce, int bits) {
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
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomText(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ThreadLocalRandom.current().nextInt(0x4E00, 0x9FA5));
        }
        return text.toString();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
