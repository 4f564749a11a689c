package energy.mwolo.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.services.PlatformService;
import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.gateway.GatewayIT;
import energy.mwolo.gateway.StubUpstream;
import energy.mwolo.gateway.Tokens;
import energy.mwolo.gateway.Upstreams;
import energy.mwolo.platformtest.Api;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One Swagger UI at /api/docs over every service's OpenAPI document, for staff only outside the dev profile (which
 * {@code ApiDocsInDevIT} shows open): the documents map every endpoint, parameter and error of the platform.
 */
class ApiDocsIT extends GatewayIT {

    private static final List<String> DOCS = List.of("/api/docs", "/api/docs/swagger-ui.html",
            "/v3/api-docs/gateway/swagger-config", "/v3/api-docs/crm", "/v3/api-docs/identity");

    @Test
    void servesTheSwaggerUiToStaff() {
        assertThat(swaggerUi(api, Tokens.user("EMPLOYEE")).body()).contains("swagger-ui");
    }

    @Test
    void listsEveryServicesDocument() {
        Api.Reply config = api.get("/v3/api-docs/gateway/swagger-config").as(Tokens.user("ADMIN")).send();

        assertThat(config.status()).isEqualTo(200);
        assertThat(config.json().path("urls").findValuesAsString("url")).containsExactlyInAnyOrderElementsOf(
                ServiceCatalogue.routed().stream().map(PlatformService::apiDocsPath).toList())
                .contains("/v3/api-docs/identity", "/v3/api-docs/audit");
    }

    @Test
    void fetchesEachDocumentFromItsServiceWithTheCallersToken() {
        String token = Tokens.user("HR");

        Api.Reply reply = api.get("/v3/api-docs/crm").as(token).send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(StubUpstream.answeredBy(reply)).isEqualTo("crm");
        assertThat(reply.json().path("path").asString()).isEqualTo("/v3/api-docs");
        assertThat(StubUpstream.forwarded(reply, "authorization")).isEqualTo("Bearer " + token);
        // The service sees the gateway's host, so the document's server URL is the gateway's.
        assertThat(StubUpstream.forwarded(reply, "host")).startsWith("127.0.0.1:").doesNotEndWith(
                Upstreams.stub("crm").url().substring(Upstreams.stub("crm").url().lastIndexOf(':')));
    }

    @Test
    void showsNoDocumentToAnAnonymousCallerNorToACustomer() {
        String customer = Tokens.user("CLIENT");
        for (String path : DOCS) {
            Api.Reply anonymous = api.get(path).send();
            Api.Reply client = api.get(path).as(customer).send();

            assertThat(anonymous.status()).as(path + " " + anonymous).isEqualTo(401);
            assertThat(anonymous.code()).isEqualTo("auth.required");
            assertThat(client.status()).as(path + " " + client).isEqualTo(403);
            assertThat(client.code()).isEqualTo("auth.permission_denied");
        }
    }

    /** The UI's page, following the redirects from {@code /api/docs} with {@code token} (null: none). */
    static Api.Reply swaggerUi(Api api, String token) {
        String location = "/api/docs";
        Api.Reply page = call(api, location, token);
        for (int hops = 0; hops < 3 && page.status() / 100 == 3; hops++) {
            location = page.header("Location").replaceFirst("^https?://[^/]+", "");
            assertThat(location).startsWith("/api/docs/");
            page = call(api, location, token);
        }
        assertThat(page.status()).as(location + " -> " + page).isEqualTo(200);
        return page;
    }

    private static Api.Reply call(Api api, String path, String token) {
        Api.Call call = api.get(path);
        return token == null ? call.send() : call.as(token).send();
    }
}
