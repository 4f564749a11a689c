package energy.mwolo.systemtests.edge;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.services.PlatformService;
import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.platformtest.Api;
import energy.mwolo.systemtests.RunningPlatform;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The real gateway in front of the real services (dev profile, everything on loopback): links a service builds
 * point where the client called, and the actuator answers only on each process's management port.
 */
class EdgeIT {

    /** The registration scenario's services: classes asking for the same set share the running processes. */
    @RegisterExtension
    static final RunningPlatform PLATFORM = RunningPlatform.of(ServiceCatalogue.IDENTITY, ServiceCatalogue.CRM)
            .withGateway();

    private static final String USERS = "/api/accounts/users/?page_size=1";

    @Test
    void aPageListedThroughTheGatewayLinksToTheGatewayAndOneListedDirectlyToTheService() {
        Api gateway = new Api(PLATFORM.gatewayUrl());
        Api identity = new Api(PLATFORM.url(ServiceCatalogue.IDENTITY));
        Api.Reply signedIn = gateway.post("/api/auth/login/",
                Map.of("email", "admin@mwolo.local", "password", "admin123")).send();
        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(200);
        String token = signedIn.json().path("access").asString();

        Api.Reply routed = gateway.get(USERS).as(token).send();
        Api.Reply direct = identity.get(USERS).as(token).send();

        assertThat(routed.status()).as(routed.toString()).isEqualTo(200);
        String next = routed.json().path("next").asString();
        assertThat(next).startsWith(PLATFORM.gatewayUrl() + "/api/accounts/users/?");
        Api.Reply followed = gateway.get(next.substring(PLATFORM.gatewayUrl().length())).as(token).send();
        assertThat(followed.json().path("previous").asString()).startsWith(PLATFORM.gatewayUrl() + "/");
        assertThat(direct.json().path("next").asString())
                .startsWith(PLATFORM.url(ServiceCatalogue.IDENTITY) + "/api/accounts/users/?");
    }

    @Test
    void everyProcessAnswersItsHealthOnItsManagementPortOnly() {
        for (PlatformService service : List.of(ServiceCatalogue.IDENTITY, ServiceCatalogue.CRM,
                ServiceCatalogue.GATEWAY)) {
            Api.Reply management = new Api(PLATFORM.managementUrl(service)).get("/actuator/health/readiness").send();
            Api.Reply main = new Api(PLATFORM.url(service)).get("/actuator/health/readiness").send();

            assertThat(management.status()).as("%s management port: %s", service.name(), management).isEqualTo(200);
            assertThat(main.status()).as("%s main port: %s", service.name(), main).isEqualTo(404);
        }
    }
}
