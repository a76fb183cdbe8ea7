package cn.tianshan.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The auditor's names for the codes a record keeps: actions ({@code audit-actions.properties}: 转办来信 for
 * {@code mailbox-message.dispatch}) and target types ({@code audit-targets.properties}: 信箱来信 for
 * {@code mailbox-message}). A code ending in the family separator names a family ({@code site.column.lifecycle.},
 * {@code keycloak:}); a code without a name stays as it is, which {@code AuditVocabularyTest} does not let happen for
 * the product's own codes. The record keeps the code: a name can be reworded without touching the chain.
 */
final class AuditVocabulary {

    static final AuditVocabulary ACTIONS = new AuditVocabulary("audit-actions.properties", ".");
    static final AuditVocabulary TARGETS = new AuditVocabulary("audit-targets.properties", ":");

    private final String file;
    private final Map<String, String> names;
    /** The family entries alone: a code with no exact name is looked up among these, on every exported row. */
    private final List<Map.Entry<String, String>> families;

    private AuditVocabulary(String file, String familySeparator) {
        this.file = file;
        this.names = load(file);
        this.families = names.entrySet().stream().filter(entry -> entry.getKey().endsWith(familySeparator)).toList();
    }

    String file() {
        return file;
    }

    String nameOf(String code) {
        if (code == null) {
            return null;
        }
        String exact = names.get(code);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, String> family : families) {
            if (code.startsWith(family.getKey())) {
                return family.getValue();
            }
        }
        return code;
    }

    boolean isNamed(String code) {
        return !nameOf(code).equals(code);
    }

    private static Map<String, String> load(String file) {
        Properties properties = new Properties();
        try (InputStream in = AuditVocabulary.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing");
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
