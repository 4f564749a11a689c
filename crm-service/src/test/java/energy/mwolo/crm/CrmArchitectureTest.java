package energy.mwolo.crm;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

class CrmArchitectureTest {

    /** Domain models stay plain Java: rules are testable without a container and outlive framework upgrades. */
    static final ArchRule MODELS_DO_NOT_DEPEND_ON_FRAMEWORKS = noClasses()
            .that().resideInAPackage("..model..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..",
                    "jakarta.persistence..",
                    "org.apache.kafka..",
                    "com.fasterxml.jackson..",
                    "tools.jackson..")
            .allowEmptyShould(false);

    @Test
    void modelsDependOnNoFrameworks() {
        JavaClasses service = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("energy.mwolo.crm");

        MODELS_DO_NOT_DEPEND_ON_FRAMEWORKS.check(service);
    }

    @Test
    void theModelRuleCatchesAModelThatImportsSpring() {
        JavaClasses fixture = new ClassFileImporter().importPackages("energy.mwolo.crm.archfixture");

        EvaluationResult result = MODELS_DO_NOT_DEPEND_ON_FRAMEWORKS.evaluate(fixture);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(line -> line.contains("SpringAwareModel") && line.contains("org.springframework"));
    }

    @Test
    void theModelRuleFailsWhenItMatchesNoClassAtAll() {
        JavaClasses noModels = new ClassFileImporter().importPackages("energy.mwolo.crm.archfixture.nothing");

        assertThatThrownBy(() -> MODELS_DO_NOT_DEPEND_ON_FRAMEWORKS.evaluate(noModels))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }
}
