package cn.tianshan.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import cn.tianshan.audit.Audited;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** The conventions of the README's architecture page, checked on every build. */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.tianshan");

    @Test
    void nothingReadsTheTimeExceptThroughTheInjectedClock() {
        noClasses().should().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("every clock is the injected java.time.Clock (Asia/Shanghai), so tests can control time")
                .check(MAIN);
    }

    @Test
    void aRepositoryIsUsedOnlyInsideItsOwnFeature() {
        noClasses().should(new ArchCondition<JavaClass>("use a repository of another feature") {
            @Override
            public void check(JavaClass article, ConditionEvents events) {
                article.getDirectDependenciesFromSelf().stream()
                        .filter(d -> d.getTargetClass().getSimpleName().endsWith("Repository")
                                || d.getTargetClass().getName().contains("Repositories"))
                        .filter(d -> d.getTargetClass().getPackageName().startsWith("cn.tianshan"))
                        .filter(d -> !d.getTargetClass().getPackageName().equals(article.getPackageName()))
                        .forEach(d -> events.add(SimpleConditionEvent.violated(article, d.getDescription())));
            }
        }).because("features talk to each other through services, never through another feature's repository").check(MAIN);
    }

    @Test
    void resourcesDoNotTouchTheDatabase() {
        noClasses().that().areAnnotatedWith(Path.class).should().dependOnClassesThat()
                .areAssignableTo(EntityManager.class)
                .orShould().dependOnClassesThat(DescribedPredicate.describe("repositories",
                        (JavaClass c) -> c.getSimpleName().endsWith("Repository")))
                .because("a resource maps HTTP to a service call; the service owns transactions and rules")
                .check(MAIN);
    }

    @Test
    void everyStateChangingEndpointNamesItsAuditAction() {
        methods().that().areAnnotatedWith(POST.class).or().areAnnotatedWith(PUT.class).or().areAnnotatedWith(DELETE.class)
                .or().areAnnotatedWith(PATCH.class)
                .should().beAnnotatedWith(Audited.class)
                .because("the audit log must say in words what each change was")
                .allowEmptyShould(true)
                .check(MAIN);
    }
}
