package energy.mwolo.platform.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.platform.web.PageQuery;
import energy.mwolo.sample.widgets.web.WidgetController;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.web.method.HandlerMethod;

class FeatureOperationsTest {

    /** A made-up service's classes, compiled with these tests. */
    private static final ServiceClassFiles SAMPLE = ServiceClassFiles.of(
            ServiceClassFiles.class.getClassLoader(), List.of("energy.mwolo.sample"));

    private final FeatureOperations operations = new FeatureOperations(Map.of("apidocs",
            new PlatformApiDocs.FeatureTag("Documents", "Les documents.", Map.of("search",
                    "Texte cherché dans le nom.", "is-active", "Seulement les actifs (true) ou les autres."))));

    /** A controller of the platform's web package: its feature is the package below the platform's root. */
    static class Lists {

        String list(String search, PageQuery page, CurrentUser user) {
            return search;
        }

        String show(String id) {
            return id;
        }
    }

    @Test
    void aControllersFeatureIsItsPackageBelowTheServiceWithoutWeb() {
        assertThat(FeatureOperations.feature(Lists.class)).isEqualTo("apidocs");
        assertThat(FeatureOperations.feature(PageQuery.class)).as("a package named web only").isEqualTo("service");
        assertThat(FeatureOperations.feature(FeatureOperationsTest.class)).isEqualTo("apidocs");
    }

    @Test
    void aListTakingAPageQueryDocumentsPageAndPageSizeAndEveryOperationIsTaggedWithItsFeature() throws Exception {
        Operation list = operations.customize(new Operation(), new HandlerMethod(new Lists(),
                Lists.class.getDeclaredMethod("list", String.class, PageQuery.class, CurrentUser.class)));
        Operation show = operations.customize(new Operation(), new HandlerMethod(new Lists(),
                Lists.class.getDeclaredMethod("show", String.class)));

        assertThat(list.getTags()).containsExactly("apidocs");
        assertThat(list.getParameters()).extracting(Parameter::getName).containsExactly("page", "page_size");
        Parameter size = list.getParameters().get(1);
        assertThat(size.getIn()).isEqualTo("query");
        assertThat(size.getSchema().getMaximum()).isEqualByComparingTo("100");
        assertThat(size.getSchema().getDefault()).isEqualTo(20);
        assertThat(show.getTags()).containsExactly("apidocs");
        assertThat(show.getParameters()).isNull();
    }

    @Test
    void aQueryParameterWithoutDescriptionTakesItsFeaturesWhateverTheSpellingOfItsName() throws Exception {
        Operation list = new Operation()
                .addParametersItem(new QueryParameter().name("search"))
                .addParametersItem(new QueryParameter().name("is_active"))
                .addParametersItem(new QueryParameter().name("ordering").description("Its own."))
                .addParametersItem(new QueryParameter().name("unknown"))
                .addParametersItem(new PathParameter().name("search"));

        operations.customize(list, new HandlerMethod(new Lists(), Lists.class.getDeclaredMethod("show", String.class)));

        assertThat(list.getParameters()).extracting(Parameter::getDescription).containsExactly(
                "Texte cherché dans le nom.", "Seulement les actifs (true) ou les autres.", "Its own.", null, null);
    }

    @Test
    void theDescriptionStatesThePermissionsTheOperationChecksAfterItsOwnText() throws Exception {
        FeatureOperations checking = new FeatureOperations(Map.of(), () -> CheckedPermissions.scan(SAMPLE),
                AnsweredStatuses::none);
        WidgetController controller = new WidgetController();

        Operation create = checking.customize(new Operation().description("Crée un widget."), new HandlerMethod(
                controller, WidgetController.class.getMethod("create", CurrentUser.class, String.class)));
        Operation show = checking.customize(new Operation(), new HandlerMethod(controller,
                WidgetController.class.getMethod("show", CurrentUser.class, String.class)));

        assertThat(create.getDescription()).isEqualTo("Crée un widget.\n\nAccess: checks the caller's permissions "
                + "`widgets:approve`, `widgets:create` (which roles hold each: `GET /api/accounts/roles/`).");
        assertThat(create.getTags()).containsExactly("widgets");
        assertThat(show.getDescription()).isNull();
    }

    @Test
    void theSuccessAHandlerBuildsItsResponseEntityWithReplacesTheDefault200() throws Exception {
        FeatureOperations answering = new FeatureOperations(Map.of(), CheckedPermissions::none,
                () -> AnsweredStatuses.scan(SAMPLE));
        WidgetController controller = new WidgetController();
        Content body = new Content().addMediaType("application/json", new MediaType());

        Operation open = answering.customize(ok(body), new HandlerMethod(controller,
                WidgetController.class.getMethod("open", CurrentUser.class, String.class)));
        Operation close = answering.customize(ok(body), new HandlerMethod(controller,
                WidgetController.class.getMethod("close", String.class)));
        Operation order = answering.customize(ok(body), new HandlerMethod(controller,
                WidgetController.class.getMethod("order", String.class)));
        Operation show = answering.customize(ok(body), new HandlerMethod(controller,
                WidgetController.class.getMethod("show", CurrentUser.class, String.class)));
        Operation reorder = answering.customize(ok(body), new HandlerMethod(controller,
                WidgetController.class.getMethod("reorder", String.class)));

        assertThat(open.getResponses()).containsOnlyKeys("201");
        assertThat(open.getResponses().get("201").getContent()).isSameAs(body);
        assertThat(close.getResponses()).containsOnlyKeys("204");
        assertThat(close.getResponses().get("204").getContent()).isNull();
        assertThat(order.getResponses()).containsOnlyKeys("202");
        assertThat(reorder.getResponses()).as("built by a method it calls").containsOnlyKeys("202");
        assertThat(show.getResponses()).as("a plain return is springdoc's").containsOnlyKeys("200");
    }

    private static Operation ok(Content body) {
        return new Operation().responses(new ApiResponses().addApiResponse("200",
                new ApiResponse().description("OK").content(body)));
    }
}
