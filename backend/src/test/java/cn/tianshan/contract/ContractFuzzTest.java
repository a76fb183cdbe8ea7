package cn.tianshan.contract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.tianshan.common.security.Role;
import cn.tianshan.testing.DemoUsers;
import cn.tianshan.testing.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * More than ten thousand malformed requests generated from the committed contract — hostile path and query values,
 * broken JSON, wrong types, huge values, unknown fields, wrong media types, path tricks — each sent by someone allowed to
 * call the operation. None may get a 5xx, and every 4xx is a problem. Every request is malformed or names records that
 * do not exist, so the sweep changes nothing. The seed is fixed: a failure names the request that reproduces it.
 */
@QuarkusTest
class ContractFuzzTest {

    private static final long SEED = 20261203L;
    private static final int TARGET = 10_000;
    private static final long ABSENT = 987_654_321L;
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private static final String[] HOSTILE = {"", " ", "abc", "-1", "0", "1.5", "99999999999999999999", "1e400", "NaN", "null",
        "'", "\"", "' OR '1'='1", "1' AND SLEEP(1)--", "1;DROP TABLE article", "%", "_", "%%", "\\", "\\'", "*", "?", "~", ":",
        "( ) [ ] { }", "<script>alert(1)</script>", "\"><svg onload=alert(1)>", "javascript:alert(1)", "../../etc/passwd",
        "..\\..\\windows", "%00", "\u0000", "\uFEFF", "\uD83D\uDE00", "１２３", "２０２６－０１－０１", "2026-13-45", "2026-02-30",
        "2026-01-01T25:61:00", "0000-00-00", "9999-12-31", "-999999999", "true", "[]", "{}", "A".repeat(1_500),
        "交".repeat(300), "${jndi:ldap://127.0.0.1/a}", "{{7*7}}", "#{7*7}", "\r\nX-Injected: 1", "\u202Egnp.exe"};
    private static final String[] BROKEN_JSON = {"{", "[", "{\"a\":", "{\"a\" 1}", "null", "[]", "\"text\"", "123", "true",
        "{\"a\":1,}", "{'a':1}", "\u0000", "\uFEFF{}", "{\"a\":\"\\uZZZZ\"}", "{\"a\":1}{\"b\":2}", "[".repeat(5_000) + "]".repeat(5_000),
        "{\"a\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}", "\u4ea4\u901a"};
    private static final String[] WRONG_MEDIA = {"text/plain", "application/xml", "application/x-www-form-urlencoded",
        "multipart/form-data", "application/json; charset=gb2312", "application/octet-stream", "*/*", "application/json;;;"};
    /** Paths that stay inside the API however they are decoded: the API answers them, with a problem. */
    private static final String[] PATH_TRICKS = {"/api/articles/1%2f2", "/api//articles", "/api/articles/..;/me",
        "/api/public/articles/1%00", "/api/public/columns/%2e%2e/articles", "/api/nothing-here", "/api/public/attachments/-1",
        "/api/public/sites/%252e%252e/home", "/api/articles/" + "9".repeat(400), "/api/public/articles/%E4%BA%A4",
        "/api/public/articles/1;jsessionid=x", "/api/public/search/%2e%2e/%2e%2e/units"};
    /** Paths whose dot segments climb out of the API: they must land on the site's not-found page, never on /q or a file. */
    private static final String[] ESCAPES = {"/api/articles/%2e%2e/%2e%2e/q/dev", "/api/public/search/../../../etc/passwd",
        "/api/%2e%2e/q/openapi/../../etc/passwd", "/api/public/../../.local/test/services.env"};

    private final Contract contract = Contract.read();

    @Test
    void tenThousandMalformedRequestsGetNo5xxAndOnlyProblems() throws Exception {
        List<Contract.Operation> eligible = contract.operations().stream().filter(ContractFuzzTest::hasInput).toList();
        int perOperation = (TARGET + eligible.size() - 1) / eligible.size();
        ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        AtomicInteger sent = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < eligible.size(); i++) {
                Contract.Operation op = eligible.get(i);
                long seed = SEED + i;
                runs.add(pool.submit(() -> {
                    Random random = new Random(seed);
                    String token = token(op);
                    for (int n = 0; n < perOperation; n++) {
                        Fuzzed fuzzed = fuzz(op, random);
                        check(fuzzed, fuzzed.send(token), wrong);
                        sent.incrementAndGet();
                    }
                }));
            }
            Random tricks = new Random(SEED);
            for (int n = 0; n < 200; n++) {
                String path = PATH_TRICKS[tricks.nextInt(PATH_TRICKS.length)];
                String method = tricks.nextBoolean() ? "GET" : "PATCH";
                Fuzzed fuzzed = new Fuzzed(method + " " + path, method, path, null, null, true);
                check(fuzzed, fuzzed.send(Tokens.of(DemoUsers.SITE_OFFICE)), wrong);
                sent.incrementAndGet();
            }
            for (String escape : ESCAPES) {
                for (String method : List.of("GET", "PATCH")) {
                    Response response = new Fuzzed(method + " " + escape, method, escape, null, null, false).send(null);
                    sent.incrementAndGet();
                    if (response.statusCode() != 404 && response.statusCode() != 405) {
                        wrong.add(response.statusCode() + " ← " + method + " " + escape + " (a path that climbs out of the API)");
                    }
                }
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sent.get()).isGreaterThanOrEqualTo(TARGET);
        assertThat(List.copyOf(wrong)).as("malformed requests answered with a 5xx or a 4xx that is not a problem (seed %d)", SEED)
                .isEmpty();
    }

    /** Operations with something to get wrong; a write without parameters or body (mark all read) has no malformed form. */
    private static boolean hasInput(Contract.Operation op) {
        return op.method().equals("GET") || op.body() != null || op.path().contains("{");
    }

    private static void check(Fuzzed fuzzed, Response response, ConcurrentLinkedQueue<String> wrong) {
        int status = response.statusCode();
        boolean problem = response.contentType() != null && response.contentType().startsWith("application/problem+json");
        if (status >= 500 || status < 0 || (status >= 400 && !problem) || (status < 400 && !fuzzed.mayPass())) {
            wrong.add(status + " " + response.contentType() + " ← " + abbreviate(fuzzed.description()));
        }
    }

    private static String token(Contract.Operation op) {
        if (op.isPublic()) {
            return null;
        }
        if (op.roles().contains(Role.Names.CONTENT) || op.roles().contains(Role.Names.STAFF)
                || op.roles().contains(Role.Names.SITE_OFFICE)) {
            return Tokens.of(DemoUsers.SITE_OFFICE);
        }
        if (op.roles().contains(Role.Names.AUDITOR)) {
            return Tokens.of(DemoUsers.AUDITOR);
        }
        if (op.roles().contains(Role.Names.INTEGRATION)) {
            return Tokens.integration();
        }
        if (op.roles().contains(Role.Names.SYS_ADMIN)) {
            return Tokens.of(DemoUsers.SYS_ADMIN);
        }
        throw new IllegalStateException("no probe holds a role of " + op + ": " + op.roles());
    }

    /** One malformed request, sent as exactly these bytes. A read may answer 2xx (an empty result is a fine answer to
     * nonsense); a write may not. */
    record Fuzzed(String description, String method, String target, String contentType, byte[] body, boolean mayPass) {

        static Fuzzed json(String description, String method, String target, String contentType, String body) {
            return new Fuzzed(description, method, target, contentType, body.getBytes(StandardCharsets.UTF_8), false);
        }

        Response send(String token) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + target))
                    .timeout(Duration.ofSeconds(60))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            try {
                HttpResponse<Void> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding());
                return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null));
            } catch (IOException e) {
                return new Response(-1, "connection failed: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    record Response(int statusCode, String contentType) {
    }

    private Fuzzed fuzz(Contract.Operation op, Random random) {
        boolean write = !op.method().equals("GET");
        List<String> kinds = new ArrayList<>();
        if (op.path().contains("{")) {
            kinds.add("path");
        }
        if (!write || op.body() == null) {
            kinds.add("query");
        }
        if (op.body() != null && op.body().startsWith("application/json")) {
            Collections.addAll(kinds, "syntax", "types", "huge", "media");
        }
        if (op.body() != null && op.body().startsWith("multipart/")) {
            kinds.add("multipart");
        }
        String kind = kinds.get(random.nextInt(kinds.size()));
        String hostilePathValue = kind.equals("path") ? HOSTILE[random.nextInt(HOSTILE.length)] : null;
        String path = path(op, hostilePathValue, random);
        Map<String, String> query = kind.equals("query") ? hostileQuery(op, random) : Map.of();
        String description = op + " [" + kind + "] " + path + (query.isEmpty() ? "" : " ?" + query);
        boolean mayPass = !write;
        return switch (kind) {
            case "syntax" -> {
                String body = BROKEN_JSON[random.nextInt(BROKEN_JSON.length)];
                yield Fuzzed.json(description + " body " + abbreviate(body), op.method(), path, "application/json", body);
            }
            case "types" -> {
                String body = wrongTypes(op, random);
                yield Fuzzed.json(description + " body " + abbreviate(body), op.method(), path, "application/json", body);
            }
            case "huge" -> {
                String body = huge(op, random);
                yield Fuzzed.json(description + " body of " + body.length() + " chars", op.method(), path, "application/json", body);
            }
            case "media" -> {
                String media = WRONG_MEDIA[random.nextInt(WRONG_MEDIA.length)];
                yield Fuzzed.json(description + " as " + media, op.method(), path, media, "{\"a\":1}");
            }
            case "multipart" -> multipart(op, path, description, random);
            default -> new Fuzzed(description, op.method(), path + queryString(query), null, null, mayPass);
        };
    }

    private static String queryString(Map<String, String> query) {
        StringBuilder out = new StringBuilder();
        query.forEach((name, value) -> out.append(out.length() == 0 ? '?' : '&').append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return out.toString();
    }

    private static String path(Contract.Operation op, String hostile, Random random) {
        Matcher m = PATH_PARAMETER.matcher(op.path());
        List<String> names = new ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        String target = hostile == null || names.isEmpty() ? null : names.get(random.nextInt(names.size()));
        m.reset();
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value;
            if (name.equals(target)) {
                value = URLEncoder.encode(hostile, StandardCharsets.UTF_8).replace("+", "%20");
            } else {
                boolean integer = op.parameters().stream().anyMatch(p -> p.name().equals(name) && p.type().equals("integer"));
                value = integer ? Long.toString(ABSENT) : "NO_SUCH_CODE";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Map<String, String> hostileQuery(Contract.Operation op, Random random) {
        Map<String, String> query = new java.util.LinkedHashMap<>();
        for (Contract.Parameter p : op.parameters()) {
            if (p.in().equals("query") && (p.required() || random.nextBoolean())) {
                query.put(p.name(), HOSTILE[random.nextInt(HOSTILE.length)]);
            }
        }
        if (query.isEmpty() || random.nextInt(4) == 0) {
            query.put("unknown" + random.nextInt(100), HOSTILE[random.nextInt(HOSTILE.length)]);
        }
        return query;
    }

    /** The body's declared properties, a random half of them with a value of the wrong type, plus unknown fields. */
    private String wrongTypes(Contract.Operation op, Random random) {
        JsonNode properties = contract.resolve(op.bodySchema()).path("properties");
        StringBuilder body = new StringBuilder("{\"__proto__\":{\"admin\":true},\"constructor\":1");
        boolean anyWrong = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            if (random.nextBoolean() && anyWrong) {
                continue;
            }
            body.append(",\"").append(property.getKey()).append("\":").append(wrongValue(contract.resolve(property.getValue()), random));
            anyWrong = true;
        }
        if (!anyWrong) {
            body.append(",\"unknownField\":").append(random.nextBoolean() ? "[1,2,3]" : "{\"x\":\"y\"}");
        }
        return body.append('}').toString();
    }

    private static String wrongValue(JsonNode schema, Random random) {
        String type = schema.has("enum") ? "enum" : schema.path("type").asText("object");
        return switch (type) {
            case "integer", "number" -> random.nextBoolean() ? "\"十二\"" : random.nextBoolean() ? "1e400" : "{\"n\":1}";
            case "boolean" -> random.nextBoolean() ? "\"maybe\"" : "[true]";
            case "array" -> random.nextBoolean() ? "\"not a list\"" : "[{\"x\":[[[]]]},\"x\",null,1e400]";
            case "enum" -> random.nextBoolean() ? "\"NOT_A_VALUE\"" : "42";
            case "string" -> schema.has("format") || schema.path("$ref").isMissingNode()
                    ? (random.nextBoolean() ? "{\"s\":\"x\"}" : "[\"2026-13-45\"]") : "\"2026-02-30T25:61:00\"";
            default -> random.nextBoolean() ? "\"not an object\"" : "[1,2]";
        };
    }

    /** A body with one string of over a million characters, or an array of a hundred thousand items. */
    private String huge(Contract.Operation op, Random random) {
        JsonNode properties = contract.resolve(op.bodySchema()).path("properties");
        List<String> names = new ArrayList<>();
        properties.fieldNames().forEachRemaining(names::add);
        String name = names.isEmpty() ? "field" : names.get(random.nextInt(names.size()));
        String value = random.nextBoolean() ? "\"" + "交".repeat(1_100_000) + "\""
                : "[" + String.join(",", Collections.nCopies(100_000, "9223372036854775807")) + "]";
        return "{\"" + name + "\":" + value + "}";
    }

    private static Fuzzed multipart(Contract.Operation op, String path, String description, Random random) {
        String boundary = "----tianshan" + random.nextInt(1_000_000);
        return switch (random.nextInt(5)) {
            case 0 -> part(op, path, description + " without a file part", boundary,
                    "Content-Disposition: form-data; name=\"note\"\r\n\r\n没有文件");
            case 1 -> part(op, path, description + " with a traversal file name", boundary,
                    "Content-Disposition: form-data; name=\"file\"; filename=\"../../../etc/passwd\"\r\nContent-Type: application/pdf\r\n\r\nx");
            case 2 -> part(op, path, description + " with an empty file", boundary,
                    "Content-Disposition: form-data; name=\"file\"; filename=\"空.pdf\"\r\nContent-Type: application/pdf\r\n\r\n");
            case 3 -> part(op, path, description + " with an executable", boundary,
                    "Content-Disposition: form-data; name=\"file\"; filename=\"说明.pdf\"\r\nContent-Type: application/x-msdownload\r\n\r\nMZ\u0090\u0000\u0003");
            default -> Fuzzed.json(description + " without a boundary", op.method(), path, "multipart/form-data", "--x\r\n\r\n");
        };
    }

    private static Fuzzed part(Contract.Operation op, String path, String description, String boundary, String part) {
        return Fuzzed.json(description, op.method(), path, "multipart/form-data; boundary=" + boundary,
                "--" + boundary + "\r\n" + part + "\r\n--" + boundary + "--\r\n");
    }

    private static String abbreviate(String body) {
        return body.length() <= 200 ? body : body.substring(0, 200) + "…(" + body.length() + " chars)";
    }
}
