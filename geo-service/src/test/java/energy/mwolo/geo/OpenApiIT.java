package energy.mwolo.geo;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.ApiDocument;
import energy.mwolo.platformtest.ResponseSchemas;
import energy.mwolo.platformtest.TestTokens;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

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
                .contains("/api/agencies/", "/api/geo/provinces/", "/api/agencies/{id}/", "/api/geo/holidays/",
                        "/api/geo/holidays/declared/{id}/overrides/{year}/", "/api/agencies/{id}/working-hours/")
                .doesNotContain("/api/agencies", "/api/agencies/{id}");
    }

    @Test
    void theDocumentNamesTheServiceFromItsBuildAndSaysWhichOperationsNeedAToken() {
        JsonNode doc = api.get("/v3/api-docs").as(TestTokens.anyUser().roles("EMPLOYEE").mint()).send().json();

        assertThat(doc.path("info").path("title").asString()).isEqualTo("Mwolo Energy: geo-service");
        assertThat(doc.path("info").path("description").asString()).startsWith("Geography");
        assertThat(doc.path("info").path("version").asString()).isNotBlank().isNotEqualTo("dev");
        assertThat(doc.path("servers").valueStream().map(server -> server.path("url").asString()))
                .containsExactly("/");
        assertThat(doc.path("components").path("securitySchemes").path("bearer").path("scheme").asString())
                .isEqualTo("bearer");
        JsonNode agencies = doc.path("paths").path("/api/agencies/");
        assertThat(agencies.path("get").path("security").isArray()).as("GET is public").isTrue();
        assertThat(agencies.path("get").path("security")).isEmpty();
        assertThat(agencies.path("post").has("security")).as("POST needs the document's bearer token").isFalse();
        assertThat(agencies.path("post").path("responses").propertyNames()).contains("400", "401", "403", "429",
                "503");
    }

    @Test
    void everyOperationIsUnderADescribedFeatureWithItsProblemAnswersAndPageParameters() {
        JsonNode doc = api.get("/v3/api-docs").as(ApiDocument.staffToken()).send().json();

        ApiDocument.assertComplete(doc);
        JsonNode list = doc.path("paths").path("/api/agencies/").path("get");
        assertThat(list.path("tags").get(0).asString()).isEqualTo("agencies");
        assertThat(list.path("parameters").valueStream().map(parameter -> parameter.path("name").asString()))
                .contains("page", "page_size", "search", "ordering").doesNotContain("user");
        assertThat(doc.path("tags").valueStream().map(tag -> tag.path("x-displayName").asString()))
                .contains("Agences", "Géographie", "Calendrier");
        assertThat(doc.path("components").path("schemas").has("CurrentUser")).isFalse();
    }

    @Test
    void anOperationListsTheStableCodesItsFeatureCanAnswer() {
        JsonNode paths = api.get("/v3/api-docs").as(ApiDocument.staffToken()).send().json().path("paths");

        JsonNode one = paths.path("/api/agencies/{id}/").path("get").path("responses");
        JsonNode create = paths.path("/api/agencies/").path("post").path("responses");
        JsonNode list = paths.path("/api/agencies/").path("get").path("responses");

        assertThat(one.path("404").path("description").asString()).contains("`agencies.not_found`");
        assertThat(create.path("409").path("description").asString()).contains("`agencies.closed`");
        assertThat(create.path("400").path("description").asString())
                .contains("`agencies.field.required`", "`agencies.coordinates.incomplete`");
        assertThat(list.path("404").path("description").asString()).as("a page past the last")
                .contains("`page.not_found`");
        assertThat(paths.path("/api/geo/communes/{id}/").path("get").path("responses").path("404").path("description")
                .asString()).as("a code built from the kind of place").contains("`geo.*.not_found`");
        assertThat(create.path("422").path("description").asString()).as("an idempotent write")
                .contains("`idempotency.key_reused`");
    }

    @Test
    void anOperationStatesThePermissionsItsUseCaseChecks() {
        JsonNode paths = api.get("/v3/api-docs").as(ApiDocument.staffToken()).send().json().path("paths");

        assertThat(paths.path("/api/agencies/").path("post").path("description").asString())
                .contains("Access: checks the caller's permission `agencies:create`");
        assertThat(paths.path("/api/agencies/{id}/").path("delete").path("description").asString())
                .contains("`agencies:delete`");
        assertThat(paths.path("/api/agencies/").path("get").path("description").asString())
                .as("open to anyone, closed agencies shown to those who may see them")
                .isEqualTo("Access: public, no token needed.");
    }

    @Test
    void realAnswersAreWhatTheDocumentSays() {
        ResponseSchemas schemas = ResponseSchemas.of(api.get("/v3/api-docs").as(ApiDocument.staffToken()).send()
                .json());
        String admin = Tokens.admin();
        Map<String, Object> agency = new LinkedHashMap<>();
        agency.put("province", ReferenceData.province("KN"));
        agency.put("name", "Agence du schéma " + UUID.randomUUID().toString().substring(0, 8));
        agency.put("address", "1 avenue de la Justice");
        agency.put("phone", "+243 81 555 0101");
        agency.put("latitude", -4.3217);
        agency.put("longitude", 15.3126);

        Api.Reply created = api.post("/api/agencies/", agency).as(admin).send();
        String one = "/api/agencies/" + created.json().path("id").asString() + "/";
        Map<String, Api.Reply> answers = new LinkedHashMap<>();
        answers.put("POST /api/agencies/", created);
        answers.put("GET " + one, api.get(one).as(admin).send());
        answers.put("GET /api/agencies/?page_size=5&ordering=-created_at", api.get(
                "/api/agencies/?page_size=5&ordering=-created_at").as(admin).send());
        answers.put("GET /api/agencies/" + UUID.randomUUID() + "/", api.get("/api/agencies/" + UUID.randomUUID()
                + "/").as(admin).send());
        answers.put("POST /api/agencies/ ", api.post("/api/agencies/", Map.of("name", "")).as(admin).send());

        assertThat(answers.values()).extracting(Api.Reply::status).containsExactly(201, 200, 200, 404, 400);
        answers.forEach((request, reply) -> assertThat(schemas.mismatches(request.substring(0, request.indexOf(' ')),
                request.substring(request.indexOf(' ') + 1).strip(), reply.status(), reply.json()))
                .as(request).isEmpty());
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
