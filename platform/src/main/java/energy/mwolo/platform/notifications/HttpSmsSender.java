package energy.mwolo.platform.notifications;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SMS gateway over HTTP: {@code POST <base>/sms {"to", "text", "reference"}}, accepted with 202 and the
 * message's {@code id}. Every send carries its reference, so the gateway keeps a retried message once. Neither the
 * number nor the text reaches an exception's message (they are personal data).
 */
public class HttpSmsSender implements SmsSender {

    private final URI endpoint;
    private final Duration timeout;
    private final HttpClient http;

    public HttpSmsSender(SmsProperties properties) {
        this.endpoint = URI.create(properties.baseUrl().toString().replaceAll("/+$", "") + "/sms");
        this.timeout = properties.timeout();
        this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public String send(Sms sms) {
        String body = JsonMapper.shared().writeValueAsString(
                Map.of("to", sms.to(), "text", sms.text(), "reference", sms.reference()));
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new SmsNotSent("SMS gateway unreachable: " + e.getClass().getSimpleName(), true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsNotSent("Interrupted while sending an SMS", true, e);
        }
        int status = response.statusCode();
        if (status / 100 == 2) {
            return idIn(response.body());
        }
        boolean retryable = status >= 500 || status == 429 || status == 408;
        throw new SmsNotSent("SMS gateway answered " + status + errorCode(response.body()), retryable, null);
    }

    private static String idIn(String body) {
        try {
            return JsonMapper.shared().readTree(body).path("id").asString("");
        } catch (JacksonException e) {
            return "";
        }
    }

    private static String errorCode(String body) {
        try {
            String code = JsonMapper.shared().readTree(body).path("code").asString("");
            return code.isEmpty() ? "" : " (" + code + ")";
        } catch (JacksonException e) {
            return "";
        }
    }
}
