package energy.mwolo.billing.mobilemoney.providers;

import energy.mwolo.billing.mobilemoney.application.MobileMoneySettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * The providers' HTTP calls: JSON in and out, a connect timeout and a timeout per call. A network failure or a
 * timeout is {@link Unreachable}: the caller cannot know whether the provider acted, so the request stays pending.
 */
@Component
class ProviderHttp {

    private final HttpClient client;
    private final Duration readTimeout;
    private final JsonMapper json = JsonMapper.shared();

    ProviderHttp(MobileMoneySettings settings) {
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.readTimeout = settings.readTimeout();
    }

    Answer get(String url, Map<String, String> headers) {
        return send(builder(url, headers).GET());
    }

    Answer postJson(String url, Map<String, String> headers, Object body) {
        return send(builder(url, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
    }

    Answer postForm(String url, Map<String, String> headers, String form) {
        return send(builder(url, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private HttpRequest.Builder builder(String url, Map<String, String> headers) {
        if (url == null || url.startsWith("null")) {
            throw new Unreachable("no base URL configured");
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(readTimeout)
                .header("Accept", "application/json");
        headers.forEach(builder::header);
        return builder;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), parse(response.body()));
        } catch (IOException e) {
            throw new Unreachable(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable("interrupted");
        }
    }

    /** The body of a 2xx answer to {@code call}; empty when the provider answered otherwise or was not reached. */
    Optional<JsonNode> answered(Supplier<Answer> call) {
        try {
            Answer answer = call.get();
            return answer.ok() ? Optional.of(answer.body()) : Optional.empty();
        } catch (Unreachable e) {
            return Optional.empty();
        }
    }

    JsonNode parse(String text) {
        try {
            return text == null || text.isBlank() ? MissingNode.getInstance() : json.readTree(text);
        } catch (JacksonException e) {
            return MissingNode.getInstance();
        }
    }

    /** A provider's answer: its status and body ({@link MissingNode} when not JSON). */
    record Answer(int status, JsonNode body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** The provider could not be reached or did not answer in time. */
    static final class Unreachable extends RuntimeException {

        Unreachable(String message) {
            super(message);
        }
    }
}
