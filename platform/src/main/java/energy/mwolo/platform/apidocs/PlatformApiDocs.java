package energy.mwolo.platform.apidocs;

import energy.mwolo.platform.idempotency.Idempotent;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The platform's part of a service's OpenAPI document. Springdoc lists a path and its trailing-slash twin, both
 * served: only the slashed form (the documented convention) is kept. Operations the service serves without a token
 * ({@code mwolo.security.public-paths}) say so with an empty security requirement; the others need the bearer token
 * identity issues at {@code POST /api/auth/login/}. Each description ends with who may call the operation: the
 * permissions its use case checks ({@link FeatureOperations}), else public or any signed-in user. Every operation lists
 * the problem answers (RFC 9457) it can give besides its own: 400 where it reads a body or parameters, 401 and 403
 * where it needs a token, 429 and 503 always; 404 where it names something (a path parameter) or writes, 409 and 422
 * where it writes, when its feature has such problems; each with the stable codes of its feature
 * ({@link DomainProblems}). Operations are grouped by feature ({@link FeatureOperations}), each tag named by its
 * English id, with the French label people know it by ({@code x-displayName}) and a one-line description, from the
 * service's {@code mwolo.api-docs.tags}.
 */
public class PlatformApiDocs implements OpenApiCustomizer {

    static final String BEARER = "bearer";
    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";
    /** How an operation's description states who may call it ({@link FeatureOperations} states checked permissions). */
    static final String ACCESS = "Access:";
    /** Where {@link AnswersProblem}'s codes wait on an operation for the document to be built. */
    private static final String DECLARED = "x-declared-problems";
    private static final Map<String, String> RESPONSES = new TreeMap<>(Map.of(
            "400", "BadRequest",
            "401", "Unauthorized",
            "403", "Forbidden",
            "429", "TooManyRequests",
            "503", "Unavailable"));
    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "400", "The request is invalid: `code` says why, `errors` names each field at fault (validation.failed, "
                    + "request.malformed_json, request.invalid_parameter, ...).",
            "401", "No token (auth.required), or an expired or invalid one (auth.invalid_token).",
            "403", "The token's roles or permissions do not allow this (auth.permission_denied).",
            "404", "What the path names does not exist, or is not the caller's to see.",
            "409", "The request conflicts with the current state (a duplicate, a transition the state refuses).",
            "410", "What the request names existed but is gone for good (a link used or expired): ask for a new one.",
            "413", "The request's body is larger than this operation accepts.",
            "422", "Well-formed, but the business rules refuse it.",
            "429", "Too many requests from this user or address; Retry-After says when to try again (rate.limited).",
            "503", "The service or one it depends on is not answering; try again later (service.unavailable; at the "
                    + "gateway upstream.unavailable, upstream.timeout).");

    private final Info info;
    private final List<PublicPath> publicPaths;
    private final Map<String, FeatureTag> tags;
    private final Supplier<DomainProblems> problems;

    /**
     * How a feature's tag reads: its French label and what the feature is for, in one line; and what each query
     * parameter of its operations means, by name ({@code is-active} or {@code is_active} alike), the values it takes
     * included, for {@link FeatureOperations} to describe them. One constructor: the configuration binds through it.
     */
    public record FeatureTag(String label, String description, Map<String, String> parameters) {

        public FeatureTag {
            parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        }
    }

    /**
     * @param info        the document's title, description and version
     * @param publicPaths the service's public paths, {@code "METHOD /pattern"} or {@code "/pattern"}
     * @param tags        per feature id, its label and description, in the order the document lists them
     */
    public PlatformApiDocs(Info info, List<String> publicPaths, Map<String, FeatureTag> tags) {
        this(info, publicPaths, tags, DomainProblems::none);
    }

    /** @param problems the service's domain problem codes, read when the document is first built */
    PlatformApiDocs(Info info, List<String> publicPaths, Map<String, FeatureTag> tags,
                    Supplier<DomainProblems> problems) {
        this.info = info;
        this.publicPaths = publicPaths.stream().map(PublicPath::parse).toList();
        this.tags = new LinkedHashMap<>(tags);
        this.problems = problems;
    }

    /** Per feature id, how its tag reads and what its query parameters mean. */
    Map<String, FeatureTag> tags() {
        return Map.copyOf(tags);
    }

    @Override
    public void customise(OpenAPI api) {
        api.setInfo(info);
        api.setServers(List.of(new Server().url("/")
                .description("La passerelle (API gateway): every request goes through it")));
        Components components = api.getComponents() != null ? api.getComponents() : new Components();
        api.setComponents(components);
        components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT").description("The access token of POST /api/auth/login/ (15 minutes); "
                        + "POST /api/auth/refresh/ gives the next one."));
        if (components.getSchemas() != null && api.getPaths() != null) {
            answered(api.getPaths(), components.getSchemas()).forEach(name ->
                    nullable(components.getSchemas().get(name)));
        }
        if (components.getSchemas() != null) {
            DecimalStrings.complete(components.getSchemas());
        }
        components.addSchemas(PROBLEM, problemSchema());
        problemResponses().forEach(components::addResponses);
        api.setSecurity(List.of(new SecurityRequirement().addList(BEARER)));
        Paths paths = api.getPaths();
        if (paths == null) {
            return;
        }
        new ArrayList<>(paths.keySet()).stream()
                .filter(path -> !path.endsWith("/") && paths.containsKey(path + "/"))
                .forEach(paths::remove);
        DomainProblems codes = problems.get();
        paths.forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                document(path, method, operation, codes)));
        api.setTags(tags(paths));
    }

    /** A tag for each feature the operations name: the configured ones first, in their order, then the others. */
    private List<Tag> tags(Paths paths) {
        TreeSet<String> used = new TreeSet<>();
        paths.values().forEach(item -> item.readOperations().forEach(operation -> {
            if (operation.getTags() != null) {
                used.addAll(operation.getTags());
            }
        }));
        List<String> configured = new ArrayList<>(tags.keySet());
        return used.stream()
                .sorted(Comparator.comparingInt((String id) -> configured.contains(id) ? configured.indexOf(id)
                        : configured.size()).thenComparing(Comparator.naturalOrder()))
                .map(id -> {
                    FeatureTag text = tags.get(id);
                    Tag tag = new Tag().name(id);
                    if (text != null && text.label() != null && text.description() != null) {
                        tag.description(text.label() + " : " + text.description());
                        tag.addExtension("x-displayName", text.label());
                    }
                    return tag;
                })
                .toList();
    }

    private void document(String path, PathItem.HttpMethod method, Operation operation, DomainProblems codes) {
        String description = operation.getDescription() == null ? "" : operation.getDescription();
        // A public path whose use case checks a permission (FeatureOperations stated it) still needs a token.
        boolean checked = description.contains(ACCESS);
        boolean open = !checked && publicPaths.stream().anyMatch(publicPath -> publicPath.matches(method, path));
        if (open) {
            operation.setSecurity(List.of());
        }
        if (!checked) {
            String access = open ? ACCESS + " public, no token needed."
                    : ACCESS + " any signed-in user: no permission is checked; what it answers may depend on who asks.";
            operation.setDescription(description.isBlank() ? access : description + "\n\n" + access);
        }
        ApiResponses responses = operation.getResponses() != null ? operation.getResponses() : new ApiResponses();
        operation.setResponses(responses);
        boolean reads = operation.getRequestBody() != null
                || operation.getParameters() != null && !operation.getParameters().isEmpty();
        boolean writes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD
                && method != PathItem.HttpMethod.OPTIONS;
        Map<Integer, SortedSet<String>> domain = operation.getTags() == null || operation.getTags().isEmpty()
                ? Map.of() : codes.of(operation.getTags().get(0));
        Map<Integer, SortedSet<String>> platform = platformCodes(operation);
        SortedSet<String> statuses = new TreeSet<>(List.of("400", "401", "403", "404", "409", "422", "429", "503"));
        platform.keySet().forEach(status -> statuses.add(String.valueOf(status)));
        for (String status : statuses) {
            SortedSet<String> named = new TreeSet<>(domain.getOrDefault(Integer.valueOf(status), new TreeSet<>()));
            boolean applies = switch (status) {
                case "400" -> reads;
                case "401" -> !open || writes && !named.isEmpty();
                case "403" -> !open || !named.isEmpty();
                case "404" -> !named.isEmpty();
                case "409", "422" -> writes && !named.isEmpty();
                default -> true;
            };
            if (!applies) {
                named.clear();
            }
            named.addAll(platform.getOrDefault(Integer.valueOf(status), new TreeSet<>()));
            if (!applies && named.isEmpty() || responses.containsKey(status)) {
                continue;
            }
            responses.addApiResponse(status, named.isEmpty()
                    ? new ApiResponse().$ref("#/components/responses/" + RESPONSES.get(status))
                    : problem(DESCRIPTIONS.getOrDefault(status, "") + " Stable codes: "
                            + named.stream().map(code -> "`" + code + "`").collect(Collectors.joining(", "))
                            + "."));
        }
    }

    /** Codes a handler declares ({@link AnswersProblem}), kept on its operation until the document is built. */
    static void declareCodes(Operation operation, int status, List<String> codes) {
        if (operation.getExtensions() == null || !(operation.getExtensions().get(DECLARED) instanceof Map)) {
            operation.addExtension(DECLARED, new TreeMap<Integer, SortedSet<String>>());
        }
        @SuppressWarnings("unchecked")
        Map<Integer, SortedSet<String>> declared = (Map<Integer, SortedSet<String>>) operation.getExtensions()
                .get(DECLARED);
        declared.computeIfAbsent(status, s -> new TreeSet<>()).addAll(codes);
    }

    /**
     * The problems an operation can answer besides its feature's: those its handler declares ({@link AnswersProblem});
     * the platform's own, a page past the last of a list ({@code page.not_found}) and a key refused by an idempotent
     * write ({@link Idempotent#HEADER}).
     */
    @SuppressWarnings("unchecked")
    private static Map<Integer, SortedSet<String>> platformCodes(Operation operation) {
        Map<Integer, SortedSet<String>> codes = new TreeMap<>();
        if (operation.getExtensions() != null
                && operation.getExtensions().remove(DECLARED) instanceof Map<?, ?> declared) {
            declared.forEach((status, named) -> codes.computeIfAbsent((Integer) status, s -> new TreeSet<>())
                    .addAll((SortedSet<String>) named));
        }
        List<String> parameters = operation.getParameters() == null ? List.of()
                : operation.getParameters().stream().map(Parameter::getName).toList();
        if (parameters.contains("page")) {
            codes.computeIfAbsent(404, status -> new TreeSet<>()).add("page.not_found");
        }
        if (parameters.contains(Idempotent.HEADER)) {
            codes.computeIfAbsent(400, status -> new TreeSet<>()).addAll(List.of("idempotency.key_invalid",
                    "idempotency.key_required"));
            codes.computeIfAbsent(409, status -> new TreeSet<>()).add("idempotency.in_progress");
            codes.computeIfAbsent(422, status -> new TreeSet<>()).add("idempotency.key_reused");
        }
        return codes;
    }

    /** The component schemas answers are made of: those their content names, and those these name, and so on. */
    private static Set<String> answered(Paths paths, Map<String, Schema> schemas) {
        Deque<Schema<?>> pending = new ArrayDeque<>();
        paths.values().forEach(item -> item.readOperations().forEach(operation -> {
            if (operation.getResponses() != null) {
                operation.getResponses().values().forEach(response -> {
                    if (response.getContent() != null) {
                        response.getContent().values().forEach(media -> {
                            if (media.getSchema() != null) {
                                pending.add(media.getSchema());
                            }
                        });
                    }
                });
            }
        }));
        Set<String> names = new LinkedHashSet<>();
        while (!pending.isEmpty()) {
            Schema<?> schema = pending.pop();
            if (schema.get$ref() != null) {
                String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
                if (schemas.containsKey(name) && names.add(name)) {
                    pending.add(schemas.get(name));
                }
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(pending::add);
            }
            if (schema.getItems() != null) {
                pending.add(schema.getItems());
            }
            for (List<Schema> parts : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                if (parts != null) {
                    parts.forEach(pending::add);
                }
            }
            if (schema.getAdditionalProperties() instanceof Schema<?> values) {
                pending.add(values);
            }
        }
        return names;
    }

    /**
     * Answers write every property, {@code null} where there is no value, and nothing in the code tells springdoc
     * which ones can be: every property with a type of the schemas answers are made of may be null (OpenAPI 3.1:
     * {@code "type": ["string", "null"]}), nested inline objects and array items alike. Requests keep theirs: what
     * they require says what may be left out.
     */
    private static void nullable(Schema<?> schema) {
        if (schema.getProperties() == null) {
            return;
        }
        for (Schema<?> property : schema.getProperties().values()) {
            if (property.getTypes() != null && !property.getTypes().isEmpty()) {
                property.addType("null");
            }
            nullable(property);
            if (property.getItems() != null) {
                nullable(property.getItems());
            }
        }
    }

    private static Map<String, ApiResponse> problemResponses() {
        Map<String, ApiResponse> responses = new LinkedHashMap<>();
        RESPONSES.forEach((status, name) -> responses.put(name, problem(DESCRIPTIONS.get(status))));
        return responses;
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    /** RFC 9457 problem details as the platform writes them, with its stable {@code code} and field errors. */
    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("A problem (RFC 9457). `code` is stable: programs branch on it; `detail` is for people "
                        + "(French or English, from Accept-Language).")
                .addProperty("type", new StringSchema().format("uri").example("urn:mwolo:problem:validation.failed")
                        .description("The problem's kind as a URI: `urn:mwolo:problem:` and its code."))
                .addProperty("title", new StringSchema().example("Requête invalide")
                        .description("A short summary of the kind, in the request's language."))
                .addProperty("status", new IntegerSchema().example(400).description("The HTTP status."))
                .addProperty("detail", new StringSchema()
                        .description("What went wrong in this request, for people, in the request's language."))
                .addProperty("instance", new StringSchema().format("uri")
                        .description("The request's path, when given."))
                .addProperty("code", new StringSchema().example("validation.failed")
                        .description("The stable code: programs branch on it."))
                .addProperty("field", new StringSchema().example("email")
                        .description("The field the problem is about, when it is about one."))
                .addProperty("errors", new ArraySchema()
                        .description("Each field at fault, for a 400 on the request's body or parameters.")
                        .items(new ObjectSchema()
                                .addProperty("field", new StringSchema().example("email")
                                        .description("The field as the request named it (snake_case, dotted)."))
                                .addProperty("message", new StringSchema()
                                        .description("What is wrong with it, for people."))))
                .addRequiredItem("status").addRequiredItem("code")
                // RFC 9457 extension members: a problem may say more (retry_after, the limit it met).
                .additionalProperties(true);
    }

    /** One public path of the service's settings: a pattern, for one method or all. */
    private record PublicPath(String method, PathPattern pattern) {

        static PublicPath parse(String publicPath) {
            String[] parts = publicPath.trim().split("\\s+", 2);
            return parts.length == 2
                    ? new PublicPath(parts[0].toUpperCase(Locale.ROOT), PathPatternParser.defaultInstance.parse(parts[1]))
                    : new PublicPath(null, PathPatternParser.defaultInstance.parse(parts[0]));
        }

        boolean matches(PathItem.HttpMethod httpMethod, String path) {
            return (method == null || method.equals(httpMethod.name())) && pattern.matches(PathContainer.parsePath(path));
        }
    }
}
