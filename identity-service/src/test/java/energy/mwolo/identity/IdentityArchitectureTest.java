package energy.mwolo.identity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

class IdentityArchitectureTest {

    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("energy.mwolo.identity");

    /** Domain models stay plain Java: rules are testable without a container and outlive framework upgrades. */
    static final ArchRule MODELS_DO_NOT_DEPEND_ON_FRAMEWORKS = noClasses()
            .that().resideInAPackage("..model..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..",
                    "jakarta.persistence..",
                    "org.apache.kafka..",
                    "com.fasterxml.jackson..",
                    "tools.jackson..",
                    "com.nimbusds..")
            .allowEmptyShould(false);

    /** Features depend on each other in one direction only (passwords, roles, settings at the bottom). */
    static final ArchRule FEATURES_ARE_FREE_OF_CYCLES = slices()
            .matching("energy.mwolo.identity.(*)..")
            .should().beFreeOfCycles();

    @Test
    void modelsDependOnNoFrameworks() {
        MODELS_DO_NOT_DEPEND_ON_FRAMEWORKS.check(SERVICE);
    }

    @Test
    void featuresDoNotDependOnEachOtherInCircles() {
        FEATURES_ARE_FREE_OF_CYCLES.check(SERVICE);
    }

    @Test
    void theModelRuleCatchesAModelThatImportsSpring() {
        JavaClasses fixture = new ClassFileImporter().importPackages("energy.mwolo.identity.archfixture");

        EvaluationResult result = MODELS_DO_NOT_DEPEND_ON_FRAMEWORKS.evaluate(fixture);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(line -> line.contains("SpringAwareModel") && line.contains("org.springframework"));
    }

    @Test
    void theModelRuleFailsWhenItMatchesNoClassAtAll() {
        JavaClasses noModels = new ClassFileImporter().importPackages("energy.mwolo.identity.archfixture.nothing");

        assertThatThrownBy(() -> MODELS_DO_NOT_DEPEND_ON_FRAMEWORKS.evaluate(noModels))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }

    @Test
    void theCycleRuleSeesEveryFeature() {
        assertThat(SERVICE.stream().map(c -> c.getPackageName().split("\\.")).filter(p -> p.length > 3)
                .map(p -> p[3]).distinct())
                .contains("accounts", "authentication", "tokens", "roles", "settings", "clients",
                        "passwords", "bootstrap");
    }
}
