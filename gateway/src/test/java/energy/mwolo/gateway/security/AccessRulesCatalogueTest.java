package energy.mwolo.gateway.security;

import static energy.mwolo.contracts.services.DatabaseKind.OWNED;
import static energy.mwolo.contracts.services.PlatformService.Status.PLANNED;
import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.services.PlatformService;
import energy.mwolo.contracts.services.ServiceCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rule table and the service catalogue describe the same paths: a service's routes are not left to the
 * "any signed-in user" fallback by omission, and no rule guards a path nothing serves.
 */
class AccessRulesCatalogueTest {

    /** The gateway's own paths and the per-service document routes, which no catalogue entry claims. */
    private static final Set<String> INFRASTRUCTURE = Set.of("/api/docs/**", "/v3/api-docs/**", "/actuator/**");

    @Test
    void everyRouteOfTheCatalogueHasAnAccessRule() {
        assertThat(uncovered(ServiceCatalogue.routed(), AccessRules.RULES)).isEmpty();
    }

    @Test
    void everyAccessRuleGuardsARouteOfTheCatalogueOrAnInfrastructurePath() {
        assertThat(stray(ServiceCatalogue.routed(), AccessRules.RULES)).isEmpty();
    }

    @Test
    void bothChecksFindWhatTheyLookFor() {
        PlatformService metering = new PlatformService("metering", "metering-service", 8099, 9099, OWNED,
                List.of("/api/metering/**"), PLANNED);
        AccessRules.Rule lost = new AccessRules.Rule(AccessRules.Methods.ANY, "/api/lost/**", true, Set.of("ADMIN"));

        assertThat(uncovered(List.of(ServiceCatalogue.CRM, metering), AccessRules.RULES))
                .containsExactly("/api/metering/**");
        List<AccessRules.Rule> rules = new ArrayList<>(AccessRules.RULES);
        rules.add(lost);
        assertThat(stray(ServiceCatalogue.routed(), rules)).containsExactly("/api/lost/**");
    }

    private static List<String> uncovered(List<PlatformService> services, List<AccessRules.Rule> rules) {
        return services.stream().flatMap(service -> service.routes().stream())
                .filter(route -> rules.stream().noneMatch(rule -> under(rule.path(), route)))
                .toList();
    }

    private static List<String> stray(List<PlatformService> services, List<AccessRules.Rule> rules) {
        return rules.stream().map(AccessRules.Rule::path)
                .filter(path -> !INFRASTRUCTURE.contains(path))
                .filter(path -> services.stream().noneMatch(service -> service.routes(path)))
                .toList();
    }

    /** {@code /api/hr/leave-requests/**} is under {@code /api/hr/**}. */
    private static boolean under(String path, String route) {
        return path.startsWith(route.substring(0, route.length() - "**".length()));
    }
}
