package energy.mwolo.platformtest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real HTTP calls to a service (or the gateway) under test, and the replies with their bodies parsed as JSON on
 * demand. Immutable: {@link #from} and {@link #withHeader} return a new {@code Api} whose every call carries the
 * header; a call's own headers are added to those.
 *
 * <pre>{@code
 * Api api = new Api("http://localhost:" + port);
 * Reply created = api.post("/api/agencies/", Map.of("name", "Gombe")).as(token).send();
 * assertThat(created.status()).isEqualTo(201);
 * assertThat(api.get(created.location()).as(token).send().json().path("name").asString()).isEqualTo("Gombe");
 * }</pre>
 *
 * <p>Unless a call says otherwise, it accepts {@code application/json, application/problem+json}. Redirects are not
 * followed (a test sees the 3xx).
 */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient POOLED = client();
    /** How long a call waits for its answer. */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(30);
    private static final String ACCEPT = "Accept";
    private static final String JSON_OR_PROBLEM = "application/json, application/problem+json";

    private final String base;
    private final List<String> defaults;
    private final String localAddress;
    /** The token the service's OpenAPI document is read with; null when answers are not held to it. */
    private final Supplier<String> documentReader;

    /** Calls to {@code base} ({@code http://localhost:8084}); paths are appended to it. */
    public Api(String base) {
        this(base, List.of(), null, null);
    }

    private Api(String base, List<String> defaults, String localAddress, Supplier<String> documentReader) {
        this.base = base;
        this.defaults = List.copyOf(defaults);
        this.localAddress = localAddress;
        this.documentReader = documentReader;
    }

    /**
     * The same service, every JSON answer it gives held to the service's own OpenAPI document
     * ({@link DocumentedAnswers}): a call whose answer differs from what the document says for its operation and
     * status fails, naming the difference. The document is read as any staff member.
     */
    public Api heldToItsDocument() {
        return heldToItsDocument(ApiDocument::staffToken);
    }

    /**
     * {@link #heldToItsDocument()}, the document read with the token {@code reader} gives (once per service and test
     * JVM): for a service that only trusts its own tokens.
     */
    public Api heldToItsDocument(Supplier<String> reader) {
        return new Api(base, defaults, localAddress, reader);
    }

    private static HttpClient client() {
        // HTTP/1.1 as the services and the gateway speak it: the JDK client's default (HTTP/2) opens each plain
        // connection with an h2c upgrade request, and a request caught in that upgrade was seen hanging until its
        // 30 s timeout on a loaded machine.
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The same service, every call coming from {@code clientAddress} (as a proxy says in X-Forwarded-For). */
    public Api from(String clientAddress) {
        return withHeader("X-Forwarded-For", clientAddress);
    }

    /** The same service, every call carrying this header (it replaces a default of the same name). */
    public Api withHeader(String name, String value) {
        List<String> headers = new ArrayList<>();
        for (int i = 0; i < defaults.size(); i += 2) {
            if (!defaults.get(i).equalsIgnoreCase(name)) {
                headers.add(defaults.get(i));
                headers.add(defaults.get(i + 1));
            }
        }
        headers.add(name);
        headers.add(value);
        return new Api(base, headers, localAddress, documentReader);
    }

    /**
     * The same service, every call made from a connection whose own address is {@code localAddress}: on Linux any
     * of 127.0.0.0/8, so {@code 127.0.0.2} plays a host that is not the trusted proxy (127.0.0.1) on this machine.
     * Such calls go over a plain socket, one connection each ({@code Connection: close}).
     */
    public Api fromPeer(String localAddress) {
        return new Api(base, defaults, localAddress, documentReader);
    }

    public Call get(String path) {
        return method("GET", path);
    }

    /** A POST whose body is sent as JSON, or as it is when it is a String (to send broken JSON). */
    public Call post(String path, Object body) {
        return method("POST", path).body(body);
    }

    public Call put(String path, Object body) {
        return method("PUT", path).body(body);
    }

    public Call patch(String path, Object body) {
        return method("PATCH", path).body(body);
    }

    public Call delete(String path) {
        return method("DELETE", path);
    }

    /** Any method, {@code OPTIONS} or {@code TRACE} included; add a body with {@link Call#body}. */
    public Call method(String method, String path) {
        return new Call(method, path);
    }

    /** One request being built; {@link #send()} sends it. */
    public final class Call {

        private final String method;
        private final String path;
        private final List<String> headers = new ArrayList<>(defaults);
        private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        private byte[] bodyBytes;
        private boolean ownConnection;

        private Call(String method, String path) {
            this.method = method;
            this.path = path;
        }

        /** With {@code Authorization: Bearer <token>}. */
        public Call as(String token) {
            return header("Authorization", "Bearer " + token);
        }

        /** As a client at {@code ip}, behind a proxy the service trusts. */
        public Call from(String ip) {
            return header("X-Forwarded-For", ip);
        }

        public Call header(String name, String value) {
            headers.add(name);
            headers.add(value);
            return this;
        }

        /**
         * A JSON body: a String is sent as it is, a byte array as {@link #body(byte[])}, anything else is written as
         * JSON. {@code null} sends none.
         */
        public Call body(Object json) {
            if (json == null) {
                return this;
            }
            if (json instanceof byte[] bytes) {
                return body(bytes);
            }
            String text = json instanceof String raw ? raw : JSON.writeValueAsString(json);
            header("Content-Type", "application/json");
            this.body = HttpRequest.BodyPublishers.ofString(text);
            this.bodyBytes = text.getBytes(StandardCharsets.UTF_8);
            return this;
        }

        /**
         * A binary body, on a connection of its own: a server may answer (413, 401) before reading it all, and a
         * pooled connection left in the middle of a request body would make a later request hang.
         */
        public Call body(byte[] bytes) {
            header("Content-Type", "application/octet-stream");
            this.body = HttpRequest.BodyPublishers.ofByteArray(bytes);
            this.bodyBytes = bytes.clone();
            this.ownConnection = true;
            return this;
        }

        /** A binary body of unknown length, sent chunked (on a connection of its own, see {@link #body(byte[])}). */
        public Call chunkedBody(byte[] bytes) {
            header("Content-Type", "application/octet-stream");
            this.body = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
            this.ownConnection = true;
            return this;
        }

        public Reply send() {
            Reply reply = localAddress != null ? sendFromPeer() : sendPooled();
            if (documentReader != null) {
                DocumentedAnswers.check(base, documentReader, method, path, reply);
            }
            return reply;
        }

        private Reply sendPooled() {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(ANSWER_WITHIN)
                    .method(method, body);
            if (!names(headers).contains(ACCEPT.toLowerCase(Locale.ROOT))) {
                request.header(ACCEPT, JSON_OR_PROBLEM);
            }
            if (!headers.isEmpty()) {
                request.headers(headers.toArray(String[]::new));
            }
            HttpRequest built = request.build();
            try {
                return exchange(ownConnection ? client() : POOLED, built);
            } catch (UncheckedIOException e) {
                if (ownConnection || !closedBeforeAnswering(e.getCause())) {
                    throw e;
                }
                // A pooled keep-alive connection the server closed as the request went out: like browsers, try once
                // more on a new connection.
                return exchange(client(), built);
            }
        }

        private Reply exchange(HttpClient client, HttpRequest request) {
            long started = System.nanoTime();
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                return new Reply(response.statusCode(), response.headers(), response.body(),
                        Duration.ofNanos(System.nanoTime() - started));
            } catch (IOException e) {
                throw new UncheckedIOException(method + " " + path + " failed after "
                        + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms: " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(method + " " + path + " interrupted", e);
            }
        }

        /** The connection failed under the request, neither refused nor timed out: the server never answered on it. */
        private static boolean closedBeforeAnswering(IOException failure) {
            return !(failure instanceof HttpTimeoutException) && !(failure instanceof java.net.ConnectException);
        }

        /** HTTP/1.1 over a socket bound to {@link #localAddress}, read to its end. */
        private Reply sendFromPeer() {
            URI target = URI.create(base + path);
            long started = System.nanoTime();
            try (Socket socket = new Socket()) {
                socket.bind(new InetSocketAddress(localAddress, 0));
                socket.connect(new InetSocketAddress(target.getHost(), target.getPort()), 5_000);
                socket.setSoTimeout(30_000);
                StringBuilder head = new StringBuilder(method).append(' ').append(target.getRawPath())
                        .append(target.getRawQuery() == null ? "" : "?" + target.getRawQuery()).append(" HTTP/1.1\r\n")
                        .append("Host: ").append(target.getHost()).append(':').append(target.getPort()).append("\r\n")
                        .append("Connection: close\r\n");
                if (!names(headers).contains(ACCEPT.toLowerCase(Locale.ROOT))) {
                    head.append(ACCEPT).append(": ").append(JSON_OR_PROBLEM).append("\r\n");
                }
                for (int i = 0; i < headers.size(); i += 2) {
                    head.append(headers.get(i)).append(": ").append(headers.get(i + 1)).append("\r\n");
                }
                byte[] content = bodyBytes == null ? new byte[0] : bodyBytes;
                if (bodyBytes != null) {
                    head.append("Content-Length: ").append(content.length).append("\r\n");
                }
                head.append("\r\n");
                OutputStream out = socket.getOutputStream();
                out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                out.write(content);
                out.flush();
                return RawReply.read(new BufferedInputStream(socket.getInputStream()), started);
            } catch (IOException e) {
                throw new UncheckedIOException(method + " " + path + " from " + localAddress + " failed: " + e, e);
            }
        }

        private List<String> names(List<String> pairs) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < pairs.size(); i += 2) {
                names.add(pairs.get(i).toLowerCase(Locale.ROOT));
            }
            return names;
        }
    }

    /** Reads an HTTP/1.1 answer whose connection closes after it (chunked or not). */
    private static final class RawReply {

        static Reply read(InputStream in, long started) throws IOException {
            String status = line(in);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                int colon = header.indexOf(':');
                headers.computeIfAbsent(header.substring(0, colon).trim(), k -> new ArrayList<>())
                        .add(header.substring(colon + 1).trim());
            }
            boolean chunked = headers.entrySet().stream().anyMatch(h -> h.getKey().equalsIgnoreCase("Transfer-Encoding")
                    && h.getValue().stream().anyMatch(v -> v.equalsIgnoreCase("chunked")));
            byte[] body = chunked ? dechunk(in) : in.readAllBytes();
            return new Reply(Integer.parseInt(status.split(" ")[1]), HttpHeaders.of(headers, (name, value) -> true),
                    new String(body, StandardCharsets.UTF_8), Duration.ofNanos(System.nanoTime() - started));
        }

        private static byte[] dechunk(InputStream in) throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(line(in).split(";")[0].trim(), 16); size > 0;
                    size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
            return body.toByteArray();
        }

        private static String line(InputStream in) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
                if (b != '\r') {
                    line.write(b);
                }
            }
            return line.toString(StandardCharsets.ISO_8859_1);
        }
    }

    /** An answer: status, headers, body, and how long it took to come. */
    public record Reply(int status, HttpHeaders headers, String body, Duration took) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        /** The stable {@code code} of a problem+json answer ("" when there is none). */
        public String code() {
            return json().path("code").asString();
        }

        /** The first value of header {@code name}, or null. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        /** The Content-Type, or "" when the answer has none. */
        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        /** The Location of a 201 or 3xx; fails when there is none. */
        public String location() {
            return headers.firstValue("Location").orElseThrow(
                    () -> new AssertionError("no Location header in " + this));
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
