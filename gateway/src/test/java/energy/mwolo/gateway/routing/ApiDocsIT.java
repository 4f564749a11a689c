package energy.mwolo.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.services.PlatformService;
import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.gateway.StubUpstream;
import energy.mwolo.platformtest.Api;
import energy.mwolo.gateway.GatewayIT;
import energy.mwolo.gateway.Upstreams;
import org.junit.jupiter.api.Test;

/** One Swagger UI at /api/docs over every service's OpenAPI document. */
class ApiDocsIT extends GatewayIT {

    @Test
    void servesTheSwaggerUi() {
        String location = "/api/docs";
        Api.Reply page = api.get(location).send();
        for (int hops = 0; hops < 3 && page.status() / 100 == 3; hops++) {
            location = page.header("Location").replaceFirst("^https?://[^/]+", "");
            assertThat(location).startsWith("/api/docs/");
            page = api.get(location).send();
        }

        assertThat(page.status()).as(location + " -> " + page).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
    }

    @Test
    void listsEveryServicesDocument() {
        Api.Reply config = api.get("/v3/api-docs/gateway/swagger-config").send();

        assertThat(config.status()).isEqualTo(200);
        assertThat(config.json().path("urls").findValuesAsString("url")).containsExactlyInAnyOrderElementsOf(
                ServiceCatalogue.routed().stream().map(PlatformService::apiDocsPath).toList())
                .contains("/v3/api-docs/identity", "/v3/api-docs/audit");
    }

    @Test
    void fetchesEachDocumentFromItsService() {
        Api.Reply reply = api.get("/v3/api-docs/crm").send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(StubUpstream.answeredBy(reply)).isEqualTo("crm");
        assertThat(reply.json().path("path").asString()).isEqualTo("/v3/api-docs");
        // The service sees the gateway's host, so the document's server URL is the gateway's.
        assertThat(StubUpstream.forwarded(reply, "host")).startsWith("127.0.0.1:").doesNotEndWith(
                Upstreams.stub("crm").url().substring(Upstreams.stub("crm").url().lastIndexOf(':')));
    }
}
