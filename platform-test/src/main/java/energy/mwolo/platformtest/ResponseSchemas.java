package energy.mwolo.platformtest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Real answers held to a service's OpenAPI document: the body of a JSON answer must be what the document's schema for
 * that operation and status says: types, required properties, no property the schema does not name, enumerations,
 * the formats {@code uuid}, {@code date}, {@code date-time} and {@code decimal} (an amount as a string); {@code $ref},
 * {@code allOf}, {@code anyOf}, {@code oneOf}, arrays and nested objects followed. So what a frontend developer reads
 * is what the service sends, and a change of either without the other fails the service's tests.
 */
public final class ResponseSchemas {

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");
    /** An amount as the platform writes it: no exponent, no thousands separator. */
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final int DEPTH = 32;

    private final JsonNode document;
    private final List<Route> routes = new ArrayList<>();

    private ResponseSchemas(JsonNode document) {
        this.document = document;
        document.path("paths").properties().forEach(path -> routes.add(new Route(path.getKey(),
                Pattern.compile(path.getKey().replaceAll("\\{[^/]+}", "[^/]+")), path.getValue())));
        // The most literal path first: /api/agencies/mine/ before /api/agencies/{id}/.
        routes.sort(Comparator.comparingInt((Route route) -> route.template().split("\\{").length)
                .thenComparing(Route::template));
    }

    public static ResponseSchemas of(JsonNode document) {
        return new ResponseSchemas(document);
    }

    /**
     * What in {@code body} differs from the document's schema for this answer, one line each; empty when nothing
     * does.
     *
     * @param path the request's path, with or without its query
     * @throws AssertionError when the document has no such operation or no such answer with a JSON schema
     */
    public List<String> mismatches(String method, String path, int status, JsonNode body) {
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        String verb = method.toLowerCase(Locale.ROOT);
        List<Route> matching = routes.stream().filter(candidate -> candidate.pattern().matcher(bare).matches())
                .toList();
        if (matching.isEmpty()) {
            throw new AssertionError("No path of the document matches " + bare);
        }
        // /api/pages/{slug}/ for GET and /api/pages/{id}/ for PATCH: the first with the method.
        Route route = matching.stream().filter(candidate -> candidate.item().has(verb)).findFirst()
                .orElseThrow(() -> new AssertionError("No " + method + " " + matching.get(0).template()
                        + " in the document"));
        JsonNode operation = route.item().path(verb);
        JsonNode response = resolve(operation.path("responses").path(String.valueOf(status)));
        JsonNode schema = response.path("content").properties().stream()
                .filter(media -> media.getKey().contains("json")).map(media -> media.getValue().path("schema"))
                .findFirst().orElseThrow(() -> new AssertionError(method + " " + route.template()
                        + " documents no JSON answer for " + status));
        List<String> mismatches = new ArrayList<>();
        check(body, schema, "$", mismatches, 0);
        return mismatches.stream().map(mismatch -> method + " " + route.template() + " " + status + ": " + mismatch)
                .toList();
    }

    /**
     * Every example the document's schemas give for a property, held to that property's own schema (type, format,
     * enumeration): what the Swagger UI shows as an example answer is one the schema allows.
     */
    public List<String> exampleMismatches() {
        List<String> mismatches = new ArrayList<>();
        document.path("components").path("schemas").properties().forEach(schema ->
                examples(schema.getValue(), "#/components/schemas/" + schema.getKey(), mismatches, 0));
        return mismatches;
    }

    private void examples(JsonNode schema, String at, List<String> mismatches, int depth) {
        if (depth > DEPTH) {
            return;
        }
        if (schema.has("example")) {
            check(schema.path("example"), schema, at + " (example)", mismatches, depth);
        }
        schema.path("properties").properties().forEach(property ->
                examples(property.getValue(), at + "." + property.getKey(), mismatches, depth + 1));
        if (schema.has("items")) {
            examples(schema.path("items"), at + "[]", mismatches, depth + 1);
        }
    }

    private void check(JsonNode value, JsonNode schema, String at, List<String> mismatches, int depth) {
        if (depth > DEPTH) {
            return;
        }
        JsonNode resolved = resolve(schema);
        for (JsonNode part : resolved.path("allOf")) {
            check(value, part, at, mismatches, depth + 1);
        }
        for (String choice : List.of("anyOf", "oneOf")) {
            if (resolved.has(choice) && resolved.path(choice).valueStream().noneMatch(option ->
                    firstMismatch(value, option, at, depth).isEmpty())) {
                mismatches.add(at + ": matches none of its " + choice + " schemas");
            }
        }
        List<String> types = types(resolved);
        if (!types.isEmpty() && types.stream().noneMatch(type -> isOfType(value, type))) {
            mismatches.add(at + ": " + kind(value) + " where the document says " + String.join(" or ", types));
            return;
        }
        if (resolved.has("enum") && !value.isNull()
                && resolved.path("enum").valueStream().noneMatch(option -> option.equals(value))) {
            mismatches.add(at + ": " + value + " is none of " + resolved.path("enum"));
        }
        if (value.isString()) {
            checkFormat(value.asString(), resolved.path("format").asString(""), at, mismatches);
        }
        if (value.isObject()) {
            for (JsonNode required : resolved.path("required")) {
                if (!value.has(required.asString())) {
                    mismatches.add(at + ": required property '" + required.asString() + "' missing");
                }
            }
            resolved.path("properties").properties().forEach(property -> {
                if (value.has(property.getKey())) {
                    check(value.path(property.getKey()), property.getValue(), at + "." + property.getKey(),
                            mismatches, depth + 1);
                }
            });
            JsonNode additional = resolved.path("additionalProperties");
            // An object the document lists properties of names them all: a property it does not name (or names
            // otherwise, provinceCode for province_code) is a difference, unless it allows more.
            boolean named = resolved.has("properties") && !additional.asBoolean(false) && !additional.isObject()
                    && !resolved.has("allOf") && !resolved.has("anyOf") && !resolved.has("oneOf");
            value.properties().forEach(property -> {
                if (resolved.path("properties").has(property.getKey())) {
                    return;
                }
                if (additional.isObject()) {
                    check(property.getValue(), additional, at + "." + property.getKey(), mismatches, depth + 1);
                } else if (named) {
                    mismatches.add(at + ": property '" + property.getKey() + "' is not in the document");
                }
            });
        }
        if (value.isArray() && resolved.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(value.get(i), resolved.path("items"), at + "[" + i + "]", mismatches, depth + 1);
            }
        }
    }

    private Optional<String> firstMismatch(JsonNode value, JsonNode schema, String at, int depth) {
        List<String> found = new ArrayList<>();
        check(value, schema, at, found, depth + 1);
        return found.stream().findFirst();
    }

    private static void checkFormat(String text, String format, String at, List<String> mismatches) {
        boolean fits = switch (format) {
            case "uuid" -> UUID.matcher(text).matches();
            case "date" -> DATE.matcher(text).matches();
            case "date-time" -> DATE_TIME.matcher(text).matches();
            case "decimal" -> DECIMAL.matcher(text).matches();
            default -> true;
        };
        if (!fits) {
            mismatches.add(at + ": '" + text + "' is not a " + format);
        }
    }

    /** The schema's types: {@code type} as a string or an array (OpenAPI 3.1), with {@code null} when nullable. */
    private static List<String> types(JsonNode schema) {
        List<String> types = new ArrayList<>();
        JsonNode type = schema.path("type");
        if (type.isString()) {
            types.add(type.asString());
        } else if (type.isArray()) {
            type.valueStream().map(JsonNode::asString).forEach(types::add);
        }
        if (!types.isEmpty() && schema.path("nullable").asBoolean(false)) {
            types.add("null");
        }
        return types;
    }

    private static boolean isOfType(JsonNode value, String type) {
        return switch (type) {
            case "string" -> value.isString();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "array" -> value.isArray();
            case "object" -> value.isObject();
            case "null" -> value.isNull();
            default -> true;
        };
    }

    private static String kind(JsonNode value) {
        if (value.isNull()) {
            return "null";
        }
        return value.isString() ? "a string" : value.isNumber() ? "a number" : value.isBoolean() ? "a boolean"
                : value.isArray() ? "an array" : value.isObject() ? "an object" : value.getNodeType().toString();
    }

    /** {@code $ref} to components followed, to the schema or response it names. */
    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref") && hops < DEPTH; hops++) {
            String reference = current.path("$ref").asString();
            if (!reference.startsWith("#/")) {
                throw new AssertionError("An outside reference: " + reference);
            }
            JsonNode target = document;
            for (String segment : reference.substring(2).split("/")) {
                target = target.path(segment.replace("~1", "/").replace("~0", "~"));
            }
            current = target;
        }
        return current;
    }

    private record Route(String template, Pattern pattern, JsonNode item) {
    }
}
