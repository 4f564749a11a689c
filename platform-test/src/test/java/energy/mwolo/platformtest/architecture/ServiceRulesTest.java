package energy.mwolo.platformtest.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Each shared rule passes on a service that keeps it, catches each kind of violation it is meant for, and fails
 * when it has nothing to check.
 */
class ServiceRulesTest {

    private static final String GOOD = "energy.mwolo.platformtest.archfixture.good";
    private static final String BAD = "energy.mwolo.platformtest.archfixture.bad";
    private static final String NOTHING = "energy.mwolo.platformtest.archfixture.nothing";

    private static final JavaClasses FIXTURES = new ClassFileImporter()
            .importPackages("energy.mwolo.platformtest.archfixture");

    static Stream<Arguments> rules() {
        return Stream.of(
                rule("models", root -> ServiceRules.modelsDependOnNoFramework(root)),
                rule("cycles", ServiceRules::featuresAreFreeOfCycles),
                rule("package-private controllers", ServiceRules::controllersArePackagePrivate),
                rule("models off the wire", ServiceRules::controllersKeepModelsOffTheWire));
    }

    private static Arguments rule(String name, Function<String, ArchRule> rule) {
        return Arguments.of(name, rule);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void passesOnAServiceThatKeepsIt(String name, Function<String, ArchRule> rule) {
        rule.apply(GOOD).check(FIXTURES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void failsOnAServiceThatBreaksIt(String name, Function<String, ArchRule> rule) {
        assertThat(rule.apply(BAD).evaluate(FIXTURES).hasViolation()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void failsWhenItHasNothingToCheck(String name, Function<String, ArchRule> rule) {
        assertThatThrownBy(() -> rule.apply(NOTHING).check(FIXTURES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }

    @Test
    void theModelRuleNamesEveryFrameworkAModelUses() {
        assertThat(details(ServiceRules.modelsDependOnNoFramework(BAD)))
                .anyMatch(line -> line.contains("SpringAwareModel") && line.contains("org.springframework.jdbc"))
                .anyMatch(line -> line.contains("JpaAwareModel") && line.contains("jakarta.persistence.Entity"))
                .anyMatch(line -> line.contains("KafkaAwareModel") && line.contains("org.apache.kafka"))
                .anyMatch(line -> line.contains("JacksonAwareModel") && line.contains("tools.jackson"))
                .anyMatch(line -> line.contains("AnnotatedModel") && line.contains("com.fasterxml.jackson"));
    }

    @Test
    void theModelRuleTakesAServicesOwnExtraBans() {
        String bigDecimal = "java.math..";

        assertThat(ServiceRules.modelsDependOnNoFramework(GOOD, bigDecimal).evaluate(FIXTURES).hasViolation())
                .isTrue();
    }

    @Test
    void theModelRuleLeavesOtherPackagesAlone() {
        assertThat(details(ServiceRules.modelsDependOnNoFramework(BAD)))
                .noneMatch(line -> line.contains("InvoiceRow") || line.contains("InvoiceController"));
    }

    @Test
    void theCycleRuleNamesBothFeatures() {
        assertThat(String.join("\n", details(ServiceRules.featuresAreFreeOfCycles(BAD))))
                .contains("feature billing")
                .contains("feature dunning");
    }

    @Test
    void theControllerRuleCatchesPublicRestAndMvcControllers() {
        assertThat(details(ServiceRules.controllersArePackagePrivate(BAD)))
                .anyMatch(line -> line.contains("bad.billing.web.InvoiceController"))
                .anyMatch(line -> line.contains("bad.billing.web.PageController"))
                .hasSize(2);
    }

    @Test
    void theWireRuleSeesModelsThroughGenericsRecordsArraysAndEntities() {
        List<String> details = details(ServiceRules.controllersKeepModelsOffTheWire(BAD));

        assertThat(details)
                .anyMatch(line -> line.contains("returnsTheModel()") && line.contains("returns model type"))
                .anyMatch(line -> line.contains("returnsTheModelInsideGenerics()")
                        && line.contains("ResponseEntity<java.util.List<"))
                .anyMatch(line -> line.contains("acceptsTheModel(") && line.contains("parameter 2"))
                .anyMatch(line -> line.contains("returnsARecordThatHoldsTheModel()")
                        && line.contains("InvoiceResponse.lines"))
                .anyMatch(line -> line.contains("returnsAnEntity()") && line.contains("InvoiceRow"))
                .anyMatch(line -> line.contains("hidesTheModelInAWildcardArray()"))
                .hasSize(6);
    }

    @Test
    void theFeaturesAreTheFirstLevelPackages() {
        assertThat(ServiceRules.features(FIXTURES, GOOD)).containsExactly("billing", "dunning");
    }

    private static List<String> details(ArchRule rule) {
        EvaluationResult result = rule.evaluate(FIXTURES);
        return result.getFailureReport().getDetails();
    }
}
