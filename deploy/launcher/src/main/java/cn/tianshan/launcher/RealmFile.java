package cn.tianshan.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The realm export in {@code deploy/keycloak/}. The test realm is the demo realm plus an overlay (the
 * password-grant test client and the test ports' redirect URIs), so the two cannot drift apart.
 */
final class RealmFile {

    record DemoUser(String username, String password, String displayName, String unit, List<String> roles) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ObjectNode realm;

    private RealmFile(ObjectNode realm) {
        this.realm = realm;
    }

    static RealmFile read(Path file) {
        try {
            return new RealmFile((ObjectNode) JSON.readTree(file.toFile()));
        } catch (IOException e) {
            throw new LaunchException("could not read realm " + file, e);
        }
    }

    /** Merges an overlay: objects deeply, arrays of clients by clientId, other arrays appended. */
    RealmFile withOverlay(Path overlayFile, Map<String, String> placeholders) {
        try {
            String text = java.nio.file.Files.readString(overlayFile);
            for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
                text = text.replace("${" + placeholder.getKey() + "}", placeholder.getValue());
            }
            ObjectNode merged = realm.deepCopy();
            merge(merged, (ObjectNode) JSON.readTree(text));
            return new RealmFile(merged);
        } catch (IOException e) {
            throw new LaunchException("could not read realm overlay " + overlayFile, e);
        }
    }

    byte[] bytes() {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(realm);
        } catch (IOException e) {
            throw new LaunchException("could not write realm", e);
        }
    }

    List<DemoUser> demoUsers() {
        List<DemoUser> users = new ArrayList<>();
        for (JsonNode user : realm.path("users")) {
            if (user.has("serviceAccountClientId")) {
                continue;
            }
            List<String> roles = new ArrayList<>();
            user.path("realmRoles").forEach(r -> roles.add(r.asText()));
            String password = user.path("credentials").path(0).path("value").asText("");
            String name = (user.path("lastName").asText("") + user.path("firstName").asText("")).trim();
            String unit = user.path("attributes").path("unit").path(0).asText("");
            users.add(new DemoUser(user.path("username").asText(), password, name, unit, roles));
        }
        return users;
    }

    private static void merge(ObjectNode target, ObjectNode overlay) {
        Iterator<Map.Entry<String, JsonNode>> fields = overlay.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode existing = target.get(field.getKey());
            JsonNode incoming = field.getValue();
            if (existing instanceof ObjectNode existingObject && incoming instanceof ObjectNode incomingObject) {
                merge(existingObject, incomingObject);
            } else if (existing instanceof ArrayNode existingArray && incoming instanceof ArrayNode incomingArray) {
                mergeArray(existingArray, incomingArray);
            } else {
                target.set(field.getKey(), incoming);
            }
        }
    }

    private static void mergeArray(ArrayNode target, ArrayNode overlay) {
        for (JsonNode item : overlay) {
            ObjectNode sameClient = item.has("clientId") ? findClient(target, item.get("clientId").asText()) : null;
            if (sameClient != null) {
                merge(sameClient, (ObjectNode) item);
            } else {
                target.add(item);
            }
        }
    }

    private static ObjectNode findClient(ArrayNode clients, String clientId) {
        for (JsonNode client : clients) {
            if (clientId.equals(client.path("clientId").asText(null))) {
                return (ObjectNode) client;
            }
        }
        return null;
    }
}
