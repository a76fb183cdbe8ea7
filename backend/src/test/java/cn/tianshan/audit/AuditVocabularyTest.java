package cn.tianshan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every action and target type the product records has a Chinese name for the auditor: a new one fails here until it is named. */
class AuditVocabularyTest {

    private static final Pattern ANNOTATED = Pattern.compile("action = \"([a-z][a-z.-]+)\"");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-z-]*\\.[a-z][a-z.-]*)\"");
    private static final Pattern TARGET = Pattern.compile("(?:targetType = |\\.target\\()\"([a-z][a-z-]+)\"");

    private static List<String> sources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<String> sources = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sources.add(Files.readString(file));
            }
            return sources;
        }
    }

    private static void addAll(Pattern pattern, String source, Set<String> into) {
        Matcher found = pattern.matcher(source);
        while (found.find()) {
            into.add(found.group(1));
        }
    }

    /** The actions in {@code @Audited} annotations and in the audit entries the code writes itself. */
    private static Set<String> recordedActions() throws IOException {
        Set<String> actions = new TreeSet<>(KeycloakEventReader.USER_EVENT_ACTIONS.values());
        for (String source : sources()) {
            addAll(ANNOTATED, source, actions);
            for (int at = source.indexOf("new AuditEntry("); at >= 0; at = source.indexOf("new AuditEntry(", at + 1)) {
                Matcher literal = LITERAL.matcher(source.substring(at, Math.min(source.length(), at + 400)));
                if (literal.find()) {
                    actions.add(literal.group(1));
                }
            }
        }
        return actions;
    }

    /** The target types in {@code @Audited} annotations and {@code AuditTrail.target} calls, and those written directly. */
    private static Set<String> recordedTargetTypes() throws IOException {
        Set<String> types = new TreeSet<>(Set.of("account", "session", "column", "article", "link-registration"));
        for (String source : sources()) {
            addAll(TARGET, source, types);
        }
        return types;
    }

    @Test
    void everyRecordedActionHasAName() throws IOException {
        Set<String> actions = recordedActions();
        assertThat(actions).hasSizeGreaterThan(100).contains("mailbox-message.dispatch", "article.publish.scheduled", "auth.login");
        assertThat(actions).filteredOn(action -> !AuditVocabulary.ACTIONS.isNamed(action))
                .as("actions without a name in %s", AuditVocabulary.ACTIONS.file()).isEmpty();
    }

    @Test
    void everyRecordedTargetTypeHasAName() throws IOException {
        Set<String> types = recordedTargetTypes();
        assertThat(types).hasSizeGreaterThan(30).contains("mailbox-message", "column-grant", "account");
        assertThat(types).filteredOn(type -> !AuditVocabulary.TARGETS.isNamed(type))
                .as("target types without a name in %s", AuditVocabulary.TARGETS.file()).isEmpty();
        assertThat(AuditVocabulary.TARGETS.nameOf("keycloak:user")).isEqualTo("Keycloak 中的对象");
    }

    @Test
    void familiesAndKeycloakOperationsAreNamedAndUnknownCodesStayReadable() {
        assertThat(AuditVocabulary.ACTIONS.nameOf("site.column.lifecycle.expired")).isEqualTo("专题栏目到期处理");
        for (String operation : List.of("create", "update", "delete", "action")) {
            assertThat(AuditVocabulary.ACTIONS.isNamed("keycloak." + operation)).as(operation).isTrue();
        }
        assertThat(AuditVocabulary.ACTIONS.nameOf("mailbox-message.dispatch")).isEqualTo("转办来信");
        assertThat(AuditVocabulary.ACTIONS.nameOf("http.post /api/something-new")).isEqualTo("http.post /api/something-new");
    }
}
