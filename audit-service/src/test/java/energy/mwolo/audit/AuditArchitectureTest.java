package energy.mwolo.audit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

class AuditArchitectureTest {

    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("energy.mwolo.audit");

    /** The chain's rules stay plain Java: testable without a container, and the same in ten years. */
    static final ArchRule MODELS_DO_NOT_DEPEND_ON_FRAMEWORKS = noClasses()
            .that().resideInAPackage("..model..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "jakarta..", "org.apache.kafka..", "com.fasterxml.jackson..",
                    "tools.jackson..", "java.sql..", "javax.sql..")
            .allowEmptyShould(false);

    /** The log knows nothing of checkpoints: they plug into verification as anchors. */
    static final ArchRule THE_LOG_DOES_NOT_DEPEND_ON_CHECKPOINTS = noClasses()
            .that().resideInAPackage("energy.mwolo.audit.log..")
            .should().dependOnClassesThat().resideInAPackage("energy.mwolo.audit.checkpoints..")
            .allowEmptyShould(false);

    @Test
    void modelsDependOnNoFrameworks() {
        MODELS_DO_NOT_DEPEND_ON_FRAMEWORKS.check(SERVICE);
    }

    @Test
    void theLogDoesNotDependOnCheckpoints() {
        THE_LOG_DOES_NOT_DEPEND_ON_CHECKPOINTS.check(SERVICE);
    }

    @Test
    void theModelRuleCatchesAModelThatImportsSpring() {
        JavaClasses fixture = new ClassFileImporter().importPackages("energy.mwolo.audit.archfixture");

        assertThat(MODELS_DO_NOT_DEPEND_ON_FRAMEWORKS.evaluate(fixture).getFailureReport().getDetails())
                .anyMatch(line -> line.contains("SpringAwareModel") && line.contains("org.springframework"));
    }
}
