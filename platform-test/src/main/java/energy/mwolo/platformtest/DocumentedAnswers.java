package energy.mwolo.platformtest;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Every JSON answer a service's tests receive, held to the service's OpenAPI document (read once per service and
 * test JVM, as staff read it): so each answer a test provokes, success or problem, is one the document describes.
 */
final class DocumentedAnswers {

    private static final Map<String, ResponseSchemas> DOCUMENTS = new ConcurrentHashMap<>();

    private DocumentedAnswers() {
    }

    static void check(String base, Supplier<String> reader, String method, String path, Api.Reply reply) {
        if (!path.startsWith("/api/") || !reply.contentType().contains("json") || reply.body().isBlank()) {
            return;
        }
        ResponseSchemas schemas = DOCUMENTS.computeIfAbsent(base, service -> read(service, reader.get()));
        List<String> mismatches;
        try {
            mismatches = schemas.mismatches(method, withTrailingSlash(path), reply.status(), reply.json());
        } catch (AssertionError undocumented) {
            mismatches = List.of(undocumented.getMessage() + " (" + reply.json().path("code").asString() + ")");
        }
        if (mismatches.isEmpty()) {
            return;
        }
        throw new AssertionError("The answer differs from the service's API document:\n  "
                + String.join("\n  ", mismatches) + "\nThe answer: " + reply);
    }

    /** The documented path of a trailing-slash twin ({@code /api/agencies} is {@code /api/agencies/}). */
    private static String withTrailingSlash(String path) {
        int query = path.indexOf('?');
        String bare = query < 0 ? path : path.substring(0, query);
        return bare.endsWith("/") ? path : bare + "/" + (query < 0 ? "" : path.substring(query));
    }

    private static ResponseSchemas read(String base, String token) {
        Api.Reply document = new Api(base).get("/v3/api-docs").as(token).send();
        if (document.status() != 200) {
            throw new AssertionError("The service's API document could not be read: " + document);
        }
        return ResponseSchemas.of(document.json());
    }
}
