package energy.mwolo.geo;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.platformtest.Api;
import org.junit.jupiter.api.Test;

/** The OpenAPI document the gateway's Swagger UI shows: public, and describing the service's endpoints. */
class OpenApiIT extends AbstractApiIT {

    @Test
    void theOpenApiDocumentIsPublicAndListsTheEndpoints() {
        Api.Reply reply = api.get("/v3/api-docs").send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("paths").propertyNames())
                .contains("/api/agencies", "/api/geo/provinces", "/api/agencies/{id}", "/api/geo/holidays",
                        "/api/geo/holidays/declared/{id}/overrides/{year}", "/api/agencies/{id}/working-hours");
    }
}
