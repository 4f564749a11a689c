package energy.mwolo.platformtest.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The shared architecture rules ({@link ServiceRules}) run over one service's production classes. A service runs
 * them with one small class:
 *
 * <pre>{@code
 * class GeoArchitectureTest extends ServiceArchitectureTest {
 *     GeoArchitectureTest() {
 *         super("energy.mwolo.geo");
 *     }
 * }
 * }</pre>
 *
 * A service adds its own rules as more {@code @Test} methods, over {@link #service()}.
 */
public abstract class ServiceArchitectureTest {

    /** JUnit makes an instance per test method: import each service once per JVM, not once per rule. */
    private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

    private final String rootPackage;
    private final String[] alsoForbiddenInModels;

    /**
     * @param rootPackage           the service's root package, {@code energy.mwolo.<service>}
     * @param alsoForbiddenInModels package patterns the service's models must not use on top of
     *                              {@link ServiceRules#FRAMEWORKS} ({@code "com.nimbusds.."})
     */
    protected ServiceArchitectureTest(String rootPackage, String... alsoForbiddenInModels) {
        this.rootPackage = rootPackage;
        this.alsoForbiddenInModels = alsoForbiddenInModels.clone();
    }

    /** The service's production classes. */
    protected final JavaClasses service() {
        return IMPORTED.computeIfAbsent(rootPackage, ServiceRules::importService);
    }

    protected final String rootPackage() {
        return rootPackage;
    }

    @Test
    void modelsDependOnNoFramework() {
        ServiceRules.modelsDependOnNoFramework(rootPackage, alsoForbiddenInModels).check(service());
    }

    @Test
    void featuresDependOnEachOtherWithoutCycles() {
        ServiceRules.featuresAreFreeOfCycles(rootPackage).check(service());
    }

    @Test
    void theCycleRuleComparesSeveralFeatures() {
        assertThat(ServiceRules.features(service(), rootPackage)).as("first-level packages of " + rootPackage)
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void controllersArePackagePrivate() {
        ServiceRules.controllersArePackagePrivate(rootPackage).check(service());
    }

    @Test
    void controllersKeepModelsOffTheWire() {
        ServiceRules.controllersKeepModelsOffTheWire(rootPackage).check(service());
    }
}
