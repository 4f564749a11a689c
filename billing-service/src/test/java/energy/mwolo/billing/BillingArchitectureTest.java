package energy.mwolo.billing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import energy.mwolo.platformtest.architecture.ServiceArchitectureTest;
import org.junit.jupiter.api.Test;

/** The shared architecture rules over billing-service, and its kernel held to the rule of models. */
class BillingArchitectureTest extends ServiceArchitectureTest {

    BillingArchitectureTest() {
        super("energy.mwolo.billing");
    }

    /** Money and periods are shared by every feature's model: they must be as free of frameworks as a model. */
    @Test
    void theKernelDependsOnNoFramework() {
        noClasses().that().resideInAPackage("energy.mwolo.billing.kernel..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "org.apache.kafka..", "com.fasterxml.jackson..", "tools.jackson..")
                .allowEmptyShould(false)
                .check(service());
    }
}
