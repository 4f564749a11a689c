package energy.mwolo.audit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.lang.ArchRule;
import energy.mwolo.platformtest.architecture.ServiceArchitectureTest;
import org.junit.jupiter.api.Test;

/**
 * The shared architecture rules over audit-service. The chain's models also stay off every Jakarta API and JDBC:
 * they are the same in ten years. The log knows nothing of checkpoints: they plug into verification as anchors.
 */
class AuditArchitectureTest extends ServiceArchitectureTest {

    static final ArchRule THE_LOG_DOES_NOT_DEPEND_ON_CHECKPOINTS = noClasses()
            .that().resideInAPackage("energy.mwolo.audit.log..")
            .should().dependOnClassesThat().resideInAPackage("energy.mwolo.audit.checkpoints..")
            .allowEmptyShould(false);

    AuditArchitectureTest() {
        super("energy.mwolo.audit", "jakarta..", "java.sql..", "javax.sql..");
    }

    @Test
    void theLogDoesNotDependOnCheckpoints() {
        THE_LOG_DOES_NOT_DEPEND_ON_CHECKPOINTS.check(service());
    }

    @Test
    void theLogRuleSeesBothFeatures() {
        assertThat(service().containPackage("energy.mwolo.audit.log")).isTrue();
        assertThat(service().containPackage("energy.mwolo.audit.checkpoints")).isTrue();
    }
}
