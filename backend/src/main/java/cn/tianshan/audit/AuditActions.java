package cn.tianshan.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The auditor's names of audit actions ({@code audit-actions.properties}): 转办来信 for
 * {@code mailbox-message.dispatch}. A code ending in a dot names a family ({@code site.column.lifecycle.}); an action
 * without a name keeps its code, which {@code AuditActionsTest} does not let happen for the product's own actions.
 */
final class AuditActions {

    static final String FILE = "audit-actions.properties";
    private static final Map<String, String> NAMES = load();

    private AuditActions() {
    }

    static String nameOf(String action) {
        String exact = NAMES.get(action);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, String> family : NAMES.entrySet()) {
            if (family.getKey().endsWith(".") && action.startsWith(family.getKey())) {
                return family.getValue();
            }
        }
        return action;
    }

    static boolean isNamed(String action) {
        return !nameOf(action).equals(action);
    }

    private static Map<String, String> load() {
        Properties properties = new Properties();
        try (InputStream in = AuditActions.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> names = new TreeMap<>();
        properties.forEach((code, name) -> names.put((String) code, (String) name));
        return Map.copyOf(names);
    }
}
