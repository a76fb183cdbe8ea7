package cn.tianshan.common.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every answer the backend gives carries the browser protections, whatever it is and however it ends: a page, the
 * console's shell, JSON, a problem, a refusal, a file, health. nginx adds the same in front (deploy/nginx/check);
 * these hold without it, as {@code deploy/run} serves.
 */
@QuarkusTest
class SecurityHeadersTest {

    private static final List<String> ADDRESSES = List.of("/", "/columns/1", "/search?q=%E5%85%AC%E8%B7%AF", "/admin/inbox",
            "/api/public/sites", "/api/public/articles/999999999", "/api/articles", "/api/no-such-thing", "/robots.txt",
            "/sitemap.xml", "/q/health/ready", "/missing-file.js");

    @Test
    void everyKindOfAnswerCarriesTheProtections() {
        for (String address : ADDRESSES) {
            Response answer = given().redirects().follow(false).get(address);
            assertThat(answer.header("X-Content-Type-Options")).as(address).isEqualTo("nosniff");
            assertThat(answer.header("Referrer-Policy")).as(address).isEqualTo("strict-origin-when-cross-origin");
            assertThat(answer.header("Content-Security-Policy")).as(address).contains("frame-ancestors");
            assertThat(answer.headers().getValues("Content-Security-Policy")).as(address).hasSize(1);
        }
    }

    @Test
    void publicPagesRunNoInlineOrForeignScript() {
        String policy = given().get("/").header("Content-Security-Policy");
        assertThat(policy).contains("script-src 'self';").doesNotContain("unsafe-eval");
        assertThat(policy.substring(policy.indexOf("script-src"))).startsWith("script-src 'self';");
    }

    @Test
    void theConsoleMayTalkOnlyToItselfAndTheSignInServerAndIsNeverFramed() {
        String policy = given().get("/admin/inbox").header("Content-Security-Policy");
        String issuer = given().get("/api/public/client-config").jsonPath().getString("oidcIssuer");
        String signInOrigin = java.net.URI.create(issuer).resolve("/").toString().replaceAll("/$", "");
        assertThat(policy).contains("frame-ancestors 'none'").contains("script-src 'self';").contains("object-src 'none'")
                .contains("connect-src 'self' " + signInOrigin + ";").contains("form-action 'self' " + signInOrigin);
    }

    @Test
    void apiAnswersMayNotBeRenderedOrFramed() {
        for (String address : List.of("/api/public/sites", "/api/articles", "/api/no-such-thing")) {
            assertThat(given().get(address).header("Content-Security-Policy")).as(address)
                    .isEqualTo("default-src 'none'; frame-ancestors 'none'");
        }
    }
}
