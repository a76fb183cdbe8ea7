package cn.tianshan.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The committed contract (openapi/openapi.yaml) is what the API serves. Compared as parsed trees, so
 * formatting never matters. When the API changes on purpose, run {@code deploy/update-openapi}.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Path CONTRACT = Path.of("..", "openapi", "openapi.yaml");

    @Test
    void theServedSpecificationEqualsTheCommittedContract() throws IOException {
        JsonNode served = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
        assertThat(Files.exists(CONTRACT)).as("%s exists (create it with deploy/update-openapi)", CONTRACT).isTrue();
        JsonNode committed = new ObjectMapper(new YAMLFactory()).readTree(CONTRACT.toFile());
        String difference = firstDifference("", committed, served);
        assertThat(difference)
                .as("openapi/openapi.yaml differs from the API; if the change is intended, run deploy/update-openapi")
                .isNull();
    }

    private static String firstDifference(String path, JsonNode expected, JsonNode actual) {
        if (expected.isObject() && actual.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (!expected.has(name)) {
                    return path + "/" + name + " is served but not in the contract";
                }
                if (!actual.has(name)) {
                    return path + "/" + name + " is in the contract but not served";
                }
                String inner = firstDifference(path + "/" + name, expected.get(name), actual.get(name));
                if (inner != null) {
                    return inner;
                }
            }
            return null;
        }
        if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                return path + " has " + expected.size() + " articles in the contract, " + actual.size() + " served";
            }
            for (int i = 0; i < expected.size(); i++) {
                String inner = firstDifference(path + "[" + i + "]", expected.get(i), actual.get(i));
                if (inner != null) {
                    return inner;
                }
            }
            return null;
        }
        boolean same = expected.isNumber() && actual.isNumber()
                ? expected.decimalValue().compareTo(actual.decimalValue()) == 0
                : expected.equals(actual);
        return same ? null : path + " is " + expected + " in the contract but " + actual + " served";
    }

}
