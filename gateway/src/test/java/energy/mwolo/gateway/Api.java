package energy.mwolo.gateway;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP calls to the gateway under test, and the replies with their bodies parsed as JSON. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = client();

    private final String base;

    public Api(String base) {
        this.base = base;
    }

    private static HttpClient client() {
        return HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public Call get(String path) {
        return new Call("GET", path);
    }

    public Call post(String path, String body) {
        return new Call("POST", path).body(body);
    }

    public Call method(String method, String path) {
        return new Call(method, path);
    }

    /** One request being built. */
    public final class Call {

        private final String method;
        private final String path;
        private final List<String> headers = new ArrayList<>();
        private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        private boolean ownConnection;

        private Call(String method, String path) {
            this.method = method;
            this.path = path;
        }

        public Call as(String token) {
            return header("Authorization", "Bearer " + token);
        }

        /** As a client at {@code ip}, behind the trusted proxy the tests run as. */
        public Call from(String ip) {
            return header("X-Forwarded-For", ip);
        }

        public Call header(String name, String value) {
            headers.add(name);
            headers.add(value);
            return this;
        }

        public Call body(String json) {
            header("Content-Type", "application/json");
            this.body = HttpRequest.BodyPublishers.ofString(json);
            return this;
        }

        /**
         * A body of unknown length, sent chunked. Like every binary body, on a connection of its own: the gateway may
         * answer 413 before reading it all, and a pooled connection left in the middle of a request body would make
         * a later test's request hang.
         */
        public Call chunkedBody(byte[] bytes) {
            header("Content-Type", "application/octet-stream");
            this.body = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
            this.ownConnection = true;
            return this;
        }

        /** A binary body (on a connection of its own, see {@link #chunkedBody}). */
        public Call body(byte[] bytes) {
            header("Content-Type", "application/octet-stream");
            this.body = HttpRequest.BodyPublishers.ofByteArray(bytes);
            this.ownConnection = true;
            return this;
        }

        public Reply send() {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(20))
                    .method(method, body);
            if (!headers.isEmpty()) {
                request.headers(headers.toArray(String[]::new));
            }
            long started = System.nanoTime();
            try {
                HttpClient client = ownConnection ? client() : HTTP;
                HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return new Reply(response.statusCode(), response.headers(), response.body(),
                        Duration.ofNanos(System.nanoTime() - started));
            } catch (IOException e) {
                throw new UncheckedIOException(method + " " + path + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** An answer: status, headers, body, and how long it took. */
    public record Reply(int status, HttpHeaders headers, String body, Duration took) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        /** The problem's stable code, for problem+json answers. */
        public String code() {
            return json().path("code").asString();
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        /** For answers the stub gave: a header the upstream received (lower-case name), or null. */
        public String forwarded(String name) {
            JsonNode value = json().path("headers").get(name);
            return value == null ? null : value.asString();
        }

        /** For answers the stub gave: which service answered. */
        public String service() {
            return json().path("service").asString();
        }

        public String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
