package energy.mwolo.geo;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the gateway's Swagger UI shows, describing the service's endpoints: for staff outside the dev
 * profile (these tests run without it), for anyone in it.
 */
class OpenApiIT extends AbstractApiIT {

    @Test
    void theOpenApiDocumentListsTheEndpointsToStaff() {
        Api.Reply reply = api.get("/v3/api-docs").as(TestTokens.anyUser().roles("EMPLOYEE").mint()).send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("paths").propertyNames())
                .contains("/api/agencies", "/api/geo/provinces", "/api/agencies/{id}", "/api/geo/holidays",
                        "/api/geo/holidays/declared/{id}/overrides/{year}", "/api/agencies/{id}/working-hours");
    }

    @Test
    void theOpenApiDocumentIsNotShownToAnonymousCallersNorCustomers() {
        Api.Reply anonymous = api.get("/v3/api-docs").send();
        Api.Reply customer = api.get("/v3/api-docs").as(TestTokens.anyUser().roles("CLIENT").mint()).send();

        assertThat(anonymous.status()).as(anonymous.toString()).isEqualTo(401);
        assertThat(customer.status()).as(customer.toString()).isEqualTo(403);
        assertThat(customer.code()).isEqualTo("auth.permission_denied");
    }
}
