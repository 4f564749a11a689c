package energy.mwolo.platform.apidocs;

import energy.mwolo.platform.web.PageQuery;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;

/**
 * What springdoc cannot know of an operation from its handler alone, by the platform's conventions: its tag is its
 * feature, the package of its controller below the service's root ({@code energy.mwolo.geo.agencies.web} is
 * {@code agencies}, {@code energy.mwolo.billing.mobilemoney.paybill.web} is {@code mobilemoney-paybill}), named and
 * described by {@link PlatformApiDocs}; a list taking a {@link PageQuery} documents {@code page} and
 * {@code page_size}, which the platform's argument resolver reads; a query parameter without a description of its own
 * takes its feature's ({@code mwolo.api-docs.tags.<feature>.parameters.<name>}); the permissions the operation checks
 * ({@link CheckedPermissions}) are stated in its description; the success statuses a handler builds its
 * {@code ResponseEntity} with ({@link AnsweredStatuses}: 201, 202, 204) replace springdoc's 200.
 */
class FeatureOperations implements OperationCustomizer {

    private final Map<String, Map<String, String>> parametersByFeature = new HashMap<>();
    private final Supplier<CheckedPermissions> permissions;
    private final Supplier<AnsweredStatuses> statuses;

    FeatureOperations(Map<String, PlatformApiDocs.FeatureTag> tags) {
        this(tags, CheckedPermissions::none, AnsweredStatuses::none);
    }

    /**
     * @param permissions what the service's operations check, read when the document is first built
     * @param statuses    the success statuses its handlers build, read then too
     */
    FeatureOperations(Map<String, PlatformApiDocs.FeatureTag> tags, Supplier<CheckedPermissions> permissions,
                      Supplier<AnsweredStatuses> statuses) {
        this.permissions = permissions;
        this.statuses = statuses;
        tags.forEach((feature, tag) -> {
            Map<String, String> byName = new HashMap<>();
            tag.parameters().forEach((name, description) -> byName.put(normalized(name), description));
            parametersByFeature.put(feature, byName);
        });
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        String feature = feature(handler.getBeanType());
        operation.setTags(List.of(feature));
        Map<String, String> described = parametersByFeature.getOrDefault(feature, Map.of());
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                if ("query".equals(parameter.getIn()) && parameter.getDescription() == null) {
                    parameter.setDescription(described.get(normalized(parameter.getName())));
                }
            }
        }
        SortedSet<String> checked = permissions.get().of(handler.getMethod());
        if (!checked.isEmpty()) {
            String access = PlatformApiDocs.ACCESS + " checks the caller's permission"
                    + (checked.size() > 1 ? "s " : " ") + checked.stream().map(permission -> "`" + permission + "`").collect(Collectors.joining(", "))
                    + " (which roles hold each: `GET /api/accounts/roles/`).";
            operation.setDescription(operation.getDescription() == null || operation.getDescription().isBlank()
                    ? access : operation.getDescription() + "\n\n" + access);
        }
        answeredAs(operation, statuses.get().of(handler.getMethod()));
        for (AnswersProblem problem : handler.getMethod().getAnnotationsByType(AnswersProblem.class)) {
            PlatformApiDocs.declareCodes(operation, problem.status(), List.of(problem.codes()));
        }
        boolean paged = Arrays.stream(handler.getMethodParameters())
                .anyMatch(parameter -> parameter.getParameterType() == PageQuery.class);
        if (paged) {
            operation.addParametersItem(new QueryParameter().name("page").required(false)
                    .description("The page to show, from 1.")
                    .schema(new IntegerSchema().minimum(java.math.BigDecimal.ONE)._default(1)));
            operation.addParametersItem(new QueryParameter().name("page_size").required(false)
                    .description("Items per page; at most " + PageQuery.MAX_PAGE_SIZE + " (a larger one gives "
                            + PageQuery.MAX_PAGE_SIZE + "). The answer says `count`, `next` and `previous`.")
                    .schema(new IntegerSchema().minimum(java.math.BigDecimal.ONE)
                            .maximum(java.math.BigDecimal.valueOf(PageQuery.MAX_PAGE_SIZE))
                            ._default(PageQuery.DEFAULT_PAGE_SIZE)));
        }
        return operation;
    }

    /**
     * Springdoc lists a {@code ResponseEntity} handler's success as 200; the statuses it really builds (201 with the
     * body, 204 without) replace it.
     */
    private static void answeredAs(Operation operation, Set<Integer> answered) {
        ApiResponses responses = operation.getResponses();
        if (answered.isEmpty() || answered.contains(200) || responses == null || !responses.containsKey("200")) {
            return;
        }
        ApiResponse ok = responses.remove("200");
        for (int status : answered) {
            ApiResponse answer = new ApiResponse().description(HttpStatus.valueOf(status).getReasonPhrase());
            if (status != 204) {
                answer.content(ok.getContent());
            }
            responses.addApiResponse(String.valueOf(status), answer);
        }
    }

    /** {@code is_active}, {@code is-active} and {@code isActive} are one name (configuration keys lose the first). */
    private static String normalized(String name) {
        return name.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
    }

    /** The feature of a controller: its package below {@code energy.mwolo.<service>}, without a last {@code web}. */
    static String feature(Class<?> controller) {
        List<String> segments = Arrays.asList(controller.getPackageName().split("\\."));
        int from = Math.min(3, segments.size());
        int to = segments.size() > from && segments.get(segments.size() - 1).equals("web") ? segments.size() - 1
                : segments.size();
        return from < to ? String.join("-", segments.subList(from, to)) : "service";
    }
}
