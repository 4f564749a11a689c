package energy.mwolo.platformtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The check every service makes of its OpenAPI document ({@code /v3/api-docs}, as staff read it through the gateway's
 * Swagger UI): each operation has a summary (one French line, as the Swagger UI shows it beside the path) and sits
 * under one feature tag that the document names and describes (a French label and one line); it lists the problems
 * every operation can answer (429, 503; 401 and 403 unless it is public); a list documents {@code page} and
 * {@code page_size}; every query parameter says what it means; no parameter is something the platform resolves itself
 * (the caller's token, the page). A new controller in a package without a tag label, a method without its summary or
 * a filter without its description fails it.
 */
public final class ApiDocument {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private ApiDocument() {
    }

    /** The token a service's document is read with: any staff member's. */
    public static String staffToken() {
        return TestTokens.anyUser().roles("EMPLOYEE").mint();
    }

    /** Reads the service's document with {@code token} and fails naming every operation it leaves incomplete. */
    public static void assertServedComplete(Api api, String token, String module) {
        Api.Reply reply = api.get("/v3/api-docs").as(token).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("info").path("title").asString()).isEqualTo("Mwolo Energy: " + module);
        assertComplete(reply.json());
    }

    /** Fails naming every operation the document leaves incomplete. */
    public static void assertComplete(JsonNode document) {
        assertThat(gaps(document)).as("operations the API document leaves incomplete").isEmpty();
        assertThat(document.path("paths").size()).as("operations documented").isPositive();
    }

    /** What is missing, one line per operation and gap; empty when nothing is. */
    public static List<String> gaps(JsonNode document) {
        Map<String, JsonNode> tags = new HashMap<>();
        document.path("tags").valueStream().forEach(tag -> tags.put(tag.path("name").asString(), tag));
        List<String> gaps = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            if (!METHODS.contains(entry.getKey())) {
                return;
            }
            String name = entry.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = entry.getValue();
            if (operation.path("summary").asString("").isBlank()) {
                gaps.add(name + ": no summary (@Operation(summary = ...) on its controller method)");
            }
            gaps.addAll(tagGaps(name, operation, tags));
            gaps.addAll(responseGaps(name, operation));
            gaps.addAll(parameterGaps(name, operation, document.path("components").path("schemas")));
        }));
        ResponseSchemas.of(document).exampleMismatches().forEach(mismatch -> gaps.add("an example its schema refuses: "
                + mismatch));
        document.path("components").path("schemas").properties().forEach(schema -> {
            if (schema.getValue().path("description").asString("").isBlank()) {
                gaps.add("schema " + schema.getKey() + ": no description (the Javadoc of its record or class)");
            }
            schema.getValue().path("properties").properties().forEach(property -> {
                if (property.getValue().path("description").asString("").isBlank()
                        && !property.getValue().has("$ref")) {
                    gaps.add("schema " + schema.getKey() + ": property '" + property.getKey()
                            + "' has no description (an @param line of its record's Javadoc)");
                }
            });
        });
        return gaps;
    }

    private static List<String> tagGaps(String name, JsonNode operation, Map<String, JsonNode> tags) {
        List<String> gaps = new ArrayList<>();
        if (operation.path("tags").size() != 1) {
            gaps.add(name + ": one feature tag expected, found " + operation.path("tags"));
            return gaps;
        }
        String id = operation.path("tags").get(0).asString();
        JsonNode tag = tags.get(id);
        if (tag == null || tag.path("description").asString("").isBlank()
                || tag.path("x-displayName").asString("").isBlank()) {
            gaps.add(name + ": tag '" + id + "' has no label or description (mwolo.api-docs.tags." + id + ")");
        }
        return gaps;
    }

    private static List<String> responseGaps(String name, JsonNode operation) {
        List<String> gaps = new ArrayList<>();
        boolean open = operation.has("security") && operation.path("security").isEmpty();
        List<String> expected = open ? List.of("429", "503") : List.of("401", "403", "429", "503");
        for (String status : expected) {
            if (!operation.path("responses").has(status)) {
                gaps.add(name + ": no " + status + " response");
            }
        }
        return gaps;
    }

    private static List<String> parameterGaps(String name, JsonNode operation, JsonNode schemas) {
        List<String> gaps = new ArrayList<>();
        Set<String> parameters = new HashSet<>();
        for (JsonNode parameter : operation.path("parameters")) {
            parameters.add(parameter.path("name").asString());
            String reference = parameter.path("schema").path("$ref").asString("");
            if (reference.endsWith("/CurrentUser") || reference.endsWith("/PageQuery")) {
                gaps.add(name + ": parameter '" + parameter.path("name").asString() + "' is resolved by the platform");
            }
            boolean query = "query".equals(parameter.path("in").asString());
            if (query && parameter.path("description").asString("").isBlank()) {
                gaps.add(name + ": query parameter '" + parameter.path("name").asString() + "' has no description"
                        + " (mwolo.api-docs.tags." + operation.path("tags").path(0).asString("?") + ".parameters."
                        + parameter.path("name").asString().replace('_', '-') + ")");
            }
        }
        // A page of results: {count, next, previous, results} (platform's PageResponse).
        boolean paged = operation.path("responses").path("200").path("content").valueStream()
                .map(media -> media.path("schema").path("$ref").asString(""))
                .map(reference -> schemas.path(reference.substring(reference.lastIndexOf('/') + 1)))
                .anyMatch(schema -> schema.path("properties").has("results")
                        && schema.path("properties").has("count"));
        if (paged && !(parameters.contains("page") && parameters.contains("page_size"))) {
            gaps.add(name + ": a list without page and page_size");
        }
        return gaps;
    }
}
