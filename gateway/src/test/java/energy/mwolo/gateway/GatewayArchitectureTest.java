package energy.mwolo.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import energy.mwolo.platformtest.architecture.ServiceRules;
import org.junit.jupiter.api.Test;

/**
 * The shared rules that apply to the gateway. It has no domain model and no controllers (routes are configuration,
 * errors are written by handlers), so of the shared rules only the one on feature cycles has something to check.
 */
class GatewayArchitectureTest {

    private static final String ROOT = "energy.mwolo.gateway";
    private static final JavaClasses GATEWAY = ServiceRules.importService(ROOT);

    @Test
    void featuresDependOnEachOtherWithoutCycles() {
        ServiceRules.featuresAreFreeOfCycles(ROOT).check(GATEWAY);
    }

    @Test
    void theCycleRuleComparesSeveralFeatures() {
        assertThat(ServiceRules.features(GATEWAY, ROOT)).contains("edge", "problems", "ratelimit", "routing",
                "security");
    }
}
