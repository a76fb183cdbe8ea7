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

/** Every action the product records has a Chinese name for the auditor: a new one fails here until it is named. */
class AuditActionsTest {

    private static final Pattern ANNOTATED = Pattern.compile("action = \"([a-z][a-z.-]+)\"");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-z-]*\\.[a-z][a-z.-]*)\"");

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

    @Test
    void everyRecordedActionHasAName() throws IOException {
        Set<String> actions = recordedActions();
        assertThat(actions).hasSizeGreaterThan(100).contains("mailbox-message.dispatch", "article.publish.scheduled", "auth.login");
        assertThat(actions).filteredOn(action -> !AuditActions.isNamed(action)).as("actions without a name in %s", AuditActions.FILE)
                .isEmpty();
    }

    @Test
    void familiesAndKeycloakOperationsAreNamedAndUnknownCodesStayReadable() {
        assertThat(AuditActions.nameOf("site.column.lifecycle.expired")).isEqualTo("专题栏目到期处理");
        for (String operation : List.of("create", "update", "delete", "action")) {
            assertThat(AuditActions.isNamed("keycloak." + operation)).as(operation).isTrue();
        }
        assertThat(AuditActions.nameOf("mailbox-message.dispatch")).isEqualTo("转办来信");
        assertThat(AuditActions.nameOf("http.post /api/something-new")).isEqualTo("http.post /api/something-new");
    }
}
