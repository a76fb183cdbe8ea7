package cn.tianshan.common.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * The built SPA as the run mode serves it without nginx: hashed assets kept by browsers for a year, and text gzipped
 * for clients that accept it (the shell with its server-rendered page, the scripts, JSON), plain for those that do not.
 */
@QuarkusTest
class SpaFilesTest {

    private static final RestAssuredConfig PLAIN = RestAssuredConfig.config()
            .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());

    @Test
    void hashedAssetsAreCachedForAYear() {
        String caching = given().get("/assets/app.js").then().statusCode(200).extract().header("Cache-Control");
        assertThat(caching).contains("max-age=31536000");
    }

    @Test
    void textIsGzippedForClientsThatAcceptIt() {
        for (String address : new String[] {"/assets/app.js", "/", "/columns/1", "/api/public/sites"}) {
            Response gzipped = given().header("Accept-Encoding", "gzip").get(address);
            assertThat(gzipped.header("Content-Encoding")).as(address).isEqualTo("gzip");
            Response plain = given().config(PLAIN).header("Accept-Encoding", "identity").get(address);
            assertThat(plain.header("Content-Encoding")).as(address).isNull();
            assertThat(gzipped.body().asString()).as(address).isEqualTo(plain.body().asString());
        }
    }

    @Test
    void scriptsStayScriptsWhenGzipped() {
        Response gzipped = given().header("Accept-Encoding", "gzip").get("/assets/app.js");
        assertThat(gzipped.contentType()).startsWith("text/javascript").doesNotContain("gzip");
        assertThat(gzipped.body().asString()).contains("栏目59");
    }
}
