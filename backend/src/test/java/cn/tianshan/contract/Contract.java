package cn.tianshan.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The operations of the committed contract (openapi/openapi.yaml), as the sweeps that read it need them. */
record Contract(List<Operation> operations, JsonNode schemas) {

    static final Path FILE = Path.of("..", "openapi", "openapi.yaml");

    /** One path parameter or query parameter: its name, where it goes and its declared type. */
    record Parameter(String name, String in, String type, boolean required) {
    }

    /**
     * One operation. {@code roles} are the realm roles its security requirement names; empty for a public
     * operation. {@code body} is the request body's media type, or null, and {@code bodySchema} its schema.
     */
    record Operation(String method, String path, String id, Set<String> roles, List<Parameter> parameters, String body,
                     JsonNode bodySchema) {

        boolean isPublic() {
            return roles.isEmpty();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Contract read() {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(FILE.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                JsonNode op = method.getValue();
                Set<String> roles = new LinkedHashSet<>();
                op.path("security").forEach(requirement -> requirement.fields()
                        .forEachRemaining(scheme -> scheme.getValue().forEach(role -> roles.add(role.asText()))));
                List<Parameter> parameters = new ArrayList<>();
                op.path("parameters").forEach(p -> parameters.add(new Parameter(p.path("name").asText(), p.path("in").asText(),
                        p.path("schema").path("type").asText("string"), p.path("required").asBoolean(false))));
                Iterator<Map.Entry<String, JsonNode>> media = op.path("requestBody").path("content").fields();
                Map.Entry<String, JsonNode> body = media.hasNext() ? media.next() : null;
                operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), op.path("operationId").asText(),
                        roles, parameters, body == null ? null : body.getKey(), body == null ? null : body.getValue().path("schema")));
            }
        }
        return new Contract(List.copyOf(operations), root.path("components").path("schemas"));
    }

    /** The schema itself, or the component it refers to. */
    JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.startsWith("#/components/schemas/") ? schemas.path(ref.substring("#/components/schemas/".length())) : schema;
    }

    /**
     * A well-formed body for the operation, built from its schema: every property with a plain value of its type (the
     * first of an enumeration, a date in the future). It passes the declared checks, so what answers is the operation's
     * own logic — a refusal, or, where access was forgotten, a change.
     */
    String plausibleBody(Operation op) {
        return op.bodySchema() == null ? "{}" : plausible(op.bodySchema(), 0).toString();
    }

    private JsonNode plausible(JsonNode declared, int depth) {
        var json = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
        JsonNode schema = resolve(declared);
        if (schema.has("enum")) {
            return schema.path("enum").get(0);
        }
        String format = schema.path("format").asText(declared.path("format").asText(""));
        return switch (schema.path("type").asText("object")) {
            case "integer", "number" -> json.numberNode(1);
            case "boolean" -> json.booleanNode(false);
            case "string" -> format.equals("date") ? json.textNode("2030-01-02")
                    : schema.has("pattern") && schema.path("pattern").asText().startsWith("^\\d{4}") ? json.textNode("2030-01-02T10:00:00")
                    : json.textNode("核对");
            case "array" -> {
                var array = json.arrayNode();
                if (schema.path("minItems").asInt(0) > 0 && depth < 4) {
                    array.add(plausible(schema.path("items"), depth + 1));
                }
                yield array;
            }
            default -> {
                var object = json.objectNode();
                if (depth < 4) {
                    schema.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(), plausible(p.getValue(), depth + 1)));
                }
                yield object;
            }
        };
    }
}
