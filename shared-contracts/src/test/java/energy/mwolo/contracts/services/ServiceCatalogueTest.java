package energy.mwolo.contracts.services;

import static energy.mwolo.contracts.services.DatabaseKind.OWNED;
import static energy.mwolo.contracts.services.PlatformService.Status.AVAILABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceCatalogueTest {

    @Test
    void listsTheGatewayLastAndEveryOtherServiceBehindIt() {
        assertThat(ServiceCatalogue.all()).last().isEqualTo(ServiceCatalogue.GATEWAY);
        assertThat(ServiceCatalogue.routed()).hasSize(ServiceCatalogue.all().size() - 1)
                .doesNotContain(ServiceCatalogue.GATEWAY);
        assertThat(ServiceCatalogue.all()).extracting(PlatformService::port)
                .containsExactlyInAnyOrder(8080, 8081, 8082, 8083, 8084, 8085, 8086, 8087, 8088, 8089);
    }

    @Test
    void findsAServiceByNameAndByModule() {
        assertThat(ServiceCatalogue.named("geo")).contains(ServiceCatalogue.GEO);
        assertThat(ServiceCatalogue.named("geo-service")).isEmpty();
        assertThat(ServiceCatalogue.ofModule("audit-service")).isEqualTo(ServiceCatalogue.AUDIT);
    }

    @Test
    void derivesTheUrlVariableTheLocalUrlAndTheApiDocsPathFromTheNameAndPort() {
        assertThat(ServiceCatalogue.CRM.urlVariable()).isEqualTo("MWOLO_CRM_URL");
        assertThat(ServiceCatalogue.CRM.localUrl()).isEqualTo("http://localhost:8084");
        assertThat(ServiceCatalogue.CRM.apiDocsPath()).isEqualTo("/v3/api-docs/crm");
    }

    @Test
    void aPathIsUnderARouteWhenItStartsWithTheRoutesDirectory() {
        assertThat(ServiceCatalogue.HR.routes("/api/hr/leave-requests/**")).isTrue();
        assertThat(ServiceCatalogue.HR.routes("/api/hr")).isTrue();
        assertThat(ServiceCatalogue.HR.routes("/api/hrx/**")).isFalse();
        assertThat(ServiceCatalogue.IDENTITY.routes("/.well-known/jwks.json")).isTrue();
    }

    @Test
    void refusesTwoServicesOnOnePort() {
        PlatformService twin = new PlatformService("twin", "twin-service", ServiceCatalogue.GEO.port(), 9099,
                OWNED,
                List.of("/api/twin/**"), AVAILABLE);

        assertThatIllegalStateException().isThrownBy(() -> ServiceCatalogue.checked(List.of(ServiceCatalogue.GEO, twin)))
                .withMessageContaining("twin");
    }

    @Test
    void refusesAManagementPortAnotherServiceListensOn() {
        PlatformService shadow = new PlatformService("shadow", "shadow-service", 8099, ServiceCatalogue.GEO.port(),
                OWNED, List.of("/api/shadow/**"), AVAILABLE);

        assertThatIllegalStateException()
                .isThrownBy(() -> ServiceCatalogue.checked(List.of(ServiceCatalogue.GEO, shadow)))
                .withMessageContaining("shadow");
    }

    @Test
    void refusesAManagementPortThatIsTheHttpPort() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PlatformService("same", "same-service", 8099, 8099,
                OWNED, List.of("/api/same/**"), AVAILABLE)).withMessageContaining("management port");
    }

    @Test
    void everyServiceHasItsOwnManagementPort() {
        assertThat(ServiceCatalogue.all()).allSatisfy(service ->
                assertThat(service.managementPort()).isEqualTo(service.port() + 1000));
        assertThat(ServiceCatalogue.GEO.localReadinessUrl())
                .isEqualTo("http://localhost:9082/actuator/health/readiness");
    }

    @Test
    void refusesOverlappingRoutes() {
        PlatformService agencies = new PlatformService("agencies", "agencies-service", 8099, 9099, OWNED,
                List.of("/api/geo/agencies/**"), AVAILABLE);

        assertThatIllegalStateException()
                .isThrownBy(() -> ServiceCatalogue.checked(List.of(ServiceCatalogue.GEO, agencies)))
                .withMessageContaining("/api/geo/agencies/**");
    }

    @Test
    void refusesRoutesThatAreNotPrefixes() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PlatformService("odd", "odd-service", 8099, 9099, OWNED,
                List.of("/api/odd/*"), AVAILABLE));
    }
}
