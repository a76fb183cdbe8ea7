package cn.tianshan.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import cn.tianshan.testing.DemoUsers;
import cn.tianshan.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Chinese text and a 4-byte character (U+20BB7 𠮷, outside the BMP) survive a round trip through the database. */
@QuarkusTest
class Utf8mb4Test {

    @Test
    void chineseAndFourByteCharactersRoundTrip() {
        String address = "乌鲁木齐市𠮷祥路1号（测试）";
        String token = Tokens.of(DemoUsers.SITE_OFFICE);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"contactPhone\":\"0991-8888888\",\"contactAddress\":\"" + address + "\"}")
                .put("/api/org/units/JSGLJ/contact").then().statusCode(200);
        given().auth().oauth2(token).get("/api/org/units/JSGLJ").then().statusCode(200)
                .body("unit.contactAddress", equalTo(address));
        given().get("/api/public/units").then().statusCode(200)
                .body("find { it.code == 'JSGLJ' }.contactAddress", equalTo(address));
    }
}
