package energy.mwolo.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.gateway.GatewayIT;
import energy.mwolo.gateway.StubUpstream;
import energy.mwolo.platformtest.Api;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;

/** On a developer's machine (the dev profile) the Swagger UI and the documents are open to anyone. */
@ActiveProfiles("dev")
class ApiDocsInDevIT extends GatewayIT {

    @Test
    void servesTheSwaggerUiAndTheDocumentsWithoutAToken() {
        Api.Reply document = api.get("/v3/api-docs/crm").send();
        Api.Reply config = api.get("/v3/api-docs/gateway/swagger-config").send();

        assertThat(ApiDocsIT.swaggerUi(api, null).body()).contains("swagger-ui");
        assertThat(document.status()).as(document.toString()).isEqualTo(200);
        assertThat(StubUpstream.answeredBy(document)).isEqualTo("crm");
        assertThat(config.status()).isEqualTo(200);
    }
}
