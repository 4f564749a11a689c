package energy.mwolo.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP GETs to the service under test (the API only reads), replies parsed as JSON on demand. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;

    public Api(String base) {
        this.base = base;
    }

    /** GET without a token. */
    public Reply get(String path) {
        return send(path, null);
    }

    /** GET with {@code Authorization: Bearer <token>}. */
    public Reply get(String path, String token) {
        return send(path, token);
    }

    private Reply send(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept-Language", "en")
                .GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Reply(int status, String contentType, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        /** The fields a 400 problem names in its {@code errors}. */
        public List<String> fieldsInError() {
            List<String> fields = new ArrayList<>();
            json().path("errors").forEach(error -> fields.add(error.path("field").asString()));
            return fields;
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
