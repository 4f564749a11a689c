package energy.mwolo.platform.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlatformApiDocsTest {

    /** A made-up service's classes, compiled with these tests. */
    private static final ServiceClassFiles SAMPLE = ServiceClassFiles.of(
            ServiceClassFiles.class.getClassLoader(), List.of("energy.mwolo.sample"));

    private final PlatformApiDocs docs = new PlatformApiDocs(
            new Info().title("Mwolo Energy: geo-service").description("Agencies.").version("1.2.0"),
            List.of("GET /api/geo/public/**", "/api/auth/login/"),
            Map.of("agencies", new PlatformApiDocs.FeatureTag("Agences", "Les agences et leurs horaires.", null)));

    @Test
    void theDocumentIsNamedByTheBuildAndServedThroughTheGatewayOnly() {
        OpenAPI api = document();

        docs.customise(api);

        assertThat(api.getInfo().getTitle()).isEqualTo("Mwolo Energy: geo-service");
        assertThat(api.getInfo().getVersion()).isEqualTo("1.2.0");
        assertThat(api.getServers()).singleElement().satisfies(server -> assertThat(server.getUrl()).isEqualTo("/"));
    }

    @Test
    void eachOperationIsListedOnceUnderItsSlashedPath() {
        OpenAPI api = document();

        docs.customise(api);

        assertThat(api.getPaths()).containsOnlyKeys("/api/geo/agencies/", "/api/geo/public/agencies/",
                "/api/auth/login/", "/api/geo/only-without-slash");
    }

    @Test
    void operationsNeedTheBearerTokenButThePublicOnesForTheirMethod() {
        OpenAPI api = document();

        docs.customise(api);

        assertThat(api.getComponents().getSecuritySchemes().get(PlatformApiDocs.BEARER).getBearerFormat())
                .isEqualTo("JWT");
        assertThat(api.getSecurity()).singleElement().satisfies(requirement ->
                assertThat(requirement).containsKey(PlatformApiDocs.BEARER));
        PathItem publicAgencies = api.getPaths().get("/api/geo/public/agencies/");
        assertThat(publicAgencies.getGet().getSecurity()).isEmpty();
        assertThat(publicAgencies.getPost().getSecurity()).as("GET only is public").isNull();
        assertThat(api.getPaths().get("/api/auth/login/").getPost().getSecurity()).isEmpty();
        assertThat(api.getPaths().get("/api/geo/agencies/").getGet().getSecurity()).isNull();
    }

    @Test
    void eachDescriptionEndsWithWhoMayCallTheOperation() {
        OpenAPI api = document();
        api.getPaths().get("/api/geo/agencies/").getPost().description("Ouvre une agence.\n\nAccess: checks the "
                + "caller's permission `agencies:create`.");

        docs.customise(api);

        assertThat(api.getPaths().get("/api/geo/public/agencies/").getGet().getDescription())
                .isEqualTo("Access: public, no token needed.");
        assertThat(api.getPaths().get("/api/geo/agencies/").getGet().getDescription()).isEqualTo("Access: any "
                + "signed-in user: no permission is checked; what it answers may depend on who asks.");
        assertThat(api.getPaths().get("/api/geo/agencies/").getPost().getDescription()).as("stated already")
                .isEqualTo("Ouvre une agence.\n\nAccess: checks the caller's permission `agencies:create`.");
    }

    @Test
    void everyOperationListsTheProblemsItCanAnswerWithoutHidingItsOwn() {
        OpenAPI api = document();

        docs.customise(api);

        Operation list = api.getPaths().get("/api/geo/agencies/").getGet();
        assertThat(list.getResponses()).containsKeys("200", "400", "401", "403", "429", "503");
        assertThat(list.getResponses().get("401").get$ref()).isEqualTo("#/components/responses/Unauthorized");
        Operation open = api.getPaths().get("/api/geo/public/agencies/").getGet();
        assertThat(open.getResponses()).containsOnlyKeys("200", "429", "503");
        Operation create = api.getPaths().get("/api/geo/agencies/").getPost();
        assertThat(create.getResponses().get("400").getDescription()).as("its own 400 kept").isEqualTo("Invalid agency");
        assertThat(api.getComponents().getResponses().get("Unauthorized").getContent())
                .containsKey(PlatformApiDocs.PROBLEM_JSON);
        assertThat(api.getComponents().getSchemas().get(PlatformApiDocs.PROBLEM).getRequired())
                .containsExactlyInAnyOrder("status", "code");
    }

    @Test
    void eachFeatureUsedIsATagWithItsFrenchLabelAndDescriptionOrBareWhenTheServiceGaveNone() {
        OpenAPI api = document();
        api.getPaths().get("/api/geo/agencies/").getGet().setTags(List.of("agencies"));
        api.getPaths().get("/api/auth/login/").getPost().setTags(List.of("tokens"));

        docs.customise(api);

        assertThat(api.getTags()).extracting(tag -> tag.getName()).containsExactly("agencies", "tokens");
        assertThat(api.getTags().get(0).getDescription()).isEqualTo("Agences : Les agences et leurs horaires.");
        assertThat(api.getTags().get(0).getExtensions()).containsEntry("x-displayName", "Agences");
        assertThat(api.getTags().get(1).getDescription()).as("no label configured").isNull();
    }

    @Test
    void anOperationListsTheDomainCodesOfItsFeatureUnderTheStatusTheyAnswer() {
        PlatformApiDocs withCodes = new PlatformApiDocs(new Info(), List.of(), Map.of(),
                () -> DomainProblems.scan(SAMPLE));
        Paths paths = new Paths()
                .addPathItem("/api/widgets/", new PathItem().get(operation().tags(List.of("widgets")))
                        .post(operation().tags(List.of("widgets")).requestBody(new RequestBody())))
                .addPathItem("/api/widgets/{id}/", new PathItem().get(operation().tags(List.of("widgets"))));
        OpenAPI api = new OpenAPI().paths(paths);

        withCodes.customise(api);

        ApiResponses list = api.getPaths().get("/api/widgets/").getGet().getResponses();
        ApiResponses create = api.getPaths().get("/api/widgets/").getPost().getResponses();
        ApiResponses one = api.getPaths().get("/api/widgets/{id}/").getGet().getResponses();
        assertThat(list).as("a read changes nothing").doesNotContainKeys("409", "422");
        assertThat(list.get("404").getDescription()).as("a read may name something missing (a filter, 'me')")
                .endsWith("Stable codes: `widgets.missing`, `widgets.not_found`.");
        assertThat(one).containsKey("404").doesNotContainKeys("409", "422");
        assertThat(one.get("404").getDescription()).endsWith("Stable codes: `widgets.missing`, `widgets.not_found`.");
        assertThat(one.get("404").getContent()).containsKey(PlatformApiDocs.PROBLEM_JSON);
        assertThat(create.get("409").getDescription())
                .endsWith("Stable codes: `sample.slug.taken`, `widgets.frozen`, `widgets.name_taken`, "
                        + "`widgets.retired`.");
        assertThat(create.get("422").getDescription()).endsWith("`widgets.too_many`.");
        assertThat(create.get("400").get$ref()).as("no 400 code of its own").isEqualTo(
                "#/components/responses/BadRequest");
    }

    @Test
    void thePlatformsOwnProblemsAreListedWhereTheyApplyWithTheFeaturesOwn() {
        PlatformApiDocs withCodes = new PlatformApiDocs(new Info(), List.of("POST /api/widgets/"), Map.of(),
                () -> DomainProblems.scan(SAMPLE));
        Paths paths = new Paths()
                .addPathItem("/api/widgets/", new PathItem()
                        .get(operation().tags(List.of("gadgets")).addParametersItem(new QueryParameter().name("page")))
                        .post(operation().tags(List.of("widgets")).requestBody(new RequestBody())
                                .addParametersItem(new HeaderParameter().name("Idempotency-Key"))));
        OpenAPI api = new OpenAPI().paths(paths);

        withCodes.customise(api);

        ApiResponses list = api.getPaths().get("/api/widgets/").getGet().getResponses();
        ApiResponses create = api.getPaths().get("/api/widgets/").getPost().getResponses();
        assertThat(list.get("404").getDescription()).as("a page past the last").endsWith("`page.not_found`.");
        assertThat(create.get("400").getDescription())
                .endsWith("Stable codes: `idempotency.key_invalid`, `idempotency.key_required`.");
        assertThat(create.get("409").getDescription()).endsWith(
                "Stable codes: `idempotency.in_progress`, `sample.slug.taken`, `widgets.frozen`, `widgets.name_taken`, "
                        + "`widgets.retired`.");
        assertThat(create.get("422").getDescription()).endsWith("`idempotency.key_reused`, `widgets.too_many`.");
        assertThat(create).as("public: no 401 nor 403 without codes of its own").doesNotContainKeys("401", "403");
    }

    @Test
    void aHandlersDeclaredProblemsAreListedUnderTheirStatusAndAPublicPathCheckingAPermissionNeedsAToken() {
        PlatformApiDocs docs = new PlatformApiDocs(new Info(), List.of("/api/widgets/**"), Map.of(),
                () -> DomainProblems.scan(SAMPLE));
        Operation confirm = operation().tags(List.of("gadgets")).requestBody(new RequestBody());
        PlatformApiDocs.declareCodes(confirm, 410, List.of("gadgets.link_used", "gadgets.link_expired"));
        Operation leads = operation().tags(List.of("gadgets"))
                .description("Access: checks the caller's permission `leads:read`.");
        OpenAPI api = new OpenAPI().paths(new Paths()
                .addPathItem("/api/widgets/confirm/", new PathItem().post(confirm))
                .addPathItem("/api/widgets/leads/", new PathItem().get(leads)));

        docs.customise(api);

        assertThat(confirm.getResponses().get("410").getDescription())
                .endsWith("Stable codes: `gadgets.link_expired`, `gadgets.link_used`.");
        assertThat(confirm.getExtensions()).as("no trace left in the document").isNullOrEmpty();
        assertThat(confirm.getSecurity()).as("public").isEmpty();
        assertThat(leads.getSecurity()).as("needs the bearer token").isNull();
        assertThat(leads.getResponses()).containsKeys("401", "403");
    }

    @Test
    void everyTypedPropertyOfAnAnswerMayBeNullAsAnswersWriteNullWhereThereIsNoValue() {
        OpenAPI api = document();
        Schema<?> agency = new ObjectSchema()
                .addProperty("name", new StringSchema())
                .addProperty("staff", new IntegerSchema())
                .addProperty("hours", new ArraySchema().items(new ObjectSchema().addProperty("day", new IntegerSchema())))
                .addProperty("province", new Schema<>().$ref("#/components/schemas/Province"));
        Schema<?> request = new ObjectSchema().addProperty("name", new StringSchema());
        api.components(new Components().addSchemas("Agency", agency).addSchemas("AgencyRequest", request)
                .addSchemas("Province", new ObjectSchema().addProperty("code", new StringSchema())));
        api.getPaths().get("/api/geo/agencies/").getGet().getResponses().get("200").content(new Content()
                .addMediaType("application/json", new MediaType().schema(new Schema<>().$ref(
                        "#/components/schemas/Agency"))));

        docs.customise(api);

        Map<String, Schema> properties = api.getComponents().getSchemas().get("Agency").getProperties();
        assertThat(properties.get("name").getTypes()).containsExactlyInAnyOrder("string", "null");
        assertThat(properties.get("staff").getTypes()).containsExactlyInAnyOrder("integer", "null");
        Schema<?> day = (Schema<?>) properties.get("hours").getItems().getProperties().get("day");
        assertThat(day.getTypes()).contains("null");
        assertThat(properties.get("province").getTypes()).as("a reference is left as it is").isNull();
        Schema<?> provinceCode = (Schema<?>) api.getComponents().getSchemas().get("Province").getProperties()
                .get("code");
        assertThat(provinceCode.getTypes()).as("named by an answer's schema").contains("null");
        Schema<?> requestName = (Schema<?>) api.getComponents().getSchemas().get("AgencyRequest").getProperties()
                .get("name");
        assertThat(requestName.getTypes()).as("no answer is made of it").containsExactly("string");
        Schema<?> code = (Schema<?>) api.getComponents().getSchemas().get(PlatformApiDocs.PROBLEM).getProperties()
                .get("code");
        assertThat(code.getTypes()).as("the problem's own schema").doesNotContain("null");
    }

    private static OpenAPI document() {
        Paths paths = new Paths();
        for (String path : List.of("/api/geo/agencies", "/api/geo/agencies/")) {
            paths.addPathItem(path, new PathItem()
                    .get(operation().addParametersItem(new QueryParameter().name("page")))
                    .post(operation().requestBody(new RequestBody())
                            .responses(new ApiResponses()
                                    .addApiResponse("201", new ApiResponse().description("Created"))
                                    .addApiResponse("400", new ApiResponse().description("Invalid agency")))));
        }
        paths.addPathItem("/api/geo/public/agencies/", new PathItem().get(operation()).post(operation()));
        paths.addPathItem("/api/auth/login/", new PathItem().post(operation()));
        paths.addPathItem("/api/geo/only-without-slash", new PathItem().get(operation()));
        return new OpenAPI().paths(paths);
    }

    private static Operation operation() {
        return new Operation().responses(new ApiResponses().addApiResponse("200", new ApiResponse()));
    }
}
