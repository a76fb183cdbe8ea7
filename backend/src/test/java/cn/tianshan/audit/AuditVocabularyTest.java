package cn.tianshan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** The actions in {@code @Audited} annotations and in the audit entries the code writes itself. */
    private static Set<String> recordedActions() throws IOException {
        Set<String> actions = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher annotated = ANNOTATED.matcher(source);
                while (annotated.find()) {
                    actions.add(annotated.group(1));
                }
                for (int at = source.indexOf("new AuditEntry("); at >= 0; at = source.indexOf("new AuditEntry(", at + 1)) {
                    Matcher literal = LITERAL.matcher(source.substring(at, Math.min(source.length(), at + 400)));
                    if (literal.find()) {
                        actions.add(literal.group(1));
                    }
                }
            }
        }
        actions.addAll(KeycloakEventReader.USER_EVENT_ACTIONS.values());
        return actions;
    }

    private static Set<String> recordedTargetTypes() throws IOException {
        Set<String> types = new TreeSet<>(Set.of("account", "session", "column", "article", "link-registration"));
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher target = TARGET.matcher(Files.readString(file));
                while (target.find()) {
                    types.add(target.group(1));
                }
            }
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
