package energy.mwolo.mobilemoney.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JDK's HTTP server, reduced to what the simulator needs: a request read whole (method, path, query, headers,
 * body) turned into a {@link Reply}. A handler's {@link IllegalArgumentException} becomes a 400, anything else a 500
 * with the reason: a simulator says what went wrong rather than dropping the connection.
 */
final class Http implements AutoCloseable {

    static final int MAX_BODY_BYTES = 256 * 1024;
    private static final Logger log = LoggerFactory.getLogger(Http.class);

    private final HttpServer server;
    private final ExecutorService executor;

    /** A request as handlers see it; header names in lower case, one value each (the first). */
    record Request(String method, String path, Map<String, String> query, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        /** The bearer token of the {@code Authorization} header, or {@code null}. */
        String bearer() {
            String authorization = header("Authorization");
            if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return null;
            }
            String token = authorization.substring(7).trim();
            return token.isEmpty() ? null : token;
        }

        /** The same request seen from below a path prefix: {@code /mpesa/ipg/...} becomes {@code /ipg/...}. */
        Request below(String prefix) {
            return new Request(method, path.substring(prefix.length()), query, headers, body);
        }
    }

    /** An answer: status, content type ({@code null}: no body), body and extra headers. */
    record Reply(int status, String contentType, String body, Map<String, String> headers) {

        static Reply json(int status, Object body) {
            return new Reply(status, "application/json; charset=utf-8", Json.write(body), Map.of());
        }

        static Reply empty(int status) {
            return new Reply(status, null, null, Map.of());
        }

        static Reply text(int status, String contentType, String body) {
            return new Reply(status, contentType, body, Map.of());
        }

        /** The control API's errors: {@code {"code", "message"}}. */
        static Reply error(int status, String code, String message) {
            Map<String, String> body = new LinkedHashMap<>();
            body.put("code", code);
            body.put("message", message);
            return json(status, body);
        }

        static Reply notFound() {
            return error(404, "not_found", "Nothing here");
        }

        Reply withHeader(String name, String value) {
            Map<String, String> all = new LinkedHashMap<>(headers);
            all.put(name, value);
            return new Reply(status, contentType, body, Map.copyOf(all));
        }
    }

    private Http(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Serves every path with {@code handler} on {@code address}.
     *
     * @throws IllegalStateException when the port is in use
     */
    static Http serve(InetSocketAddress address, Function<Request, Reply> handler) {
        HttpServer server;
        try {
            server = HttpServer.create(address, 100);
        } catch (BindException e) {
            throw new IllegalStateException("Port " + address.getPort() + " for the mobile-money simulator is in use "
                    + "by another program", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Billing's adapters and the duplicates' receivers may call in parallel: a few threads, not one.
        ExecutorService executor = Executors.newFixedThreadPool(4, Settlement.daemon("mobile-money-simulator-http"));
        server.setExecutor(executor);
        server.createContext("/", exchange -> respond(exchange, handler));
        server.start();
        return new Http(server, executor);
    }

    int port() {
        return server.getAddress().getPort();
    }

    private static void respond(HttpExchange exchange, Function<Request, Reply> handler) throws IOException {
        try {
            Reply reply;
            try {
                Request request = read(exchange);
                reply = request == null ? Reply.error(413, "too_large", "The body is larger than " + MAX_BODY_BYTES
                        + " bytes") : handler.apply(request);
            } catch (IllegalArgumentException e) {
                reply = Reply.error(400, "bad_request", e.getMessage());
            } catch (RuntimeException e) {
                log.warn("{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
                reply = Reply.error(500, "internal_error", e.toString());
            }
            write(exchange, reply);
        } finally {
            exchange.close();
        }
    }

    private static Request read(HttpExchange exchange) throws IOException {
        byte[] bytes = exchange.getRequestBody().readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            return null;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!values.isEmpty()) {
                headers.put(name.toLowerCase(Locale.ROOT), values.get(0));
            }
        });
        return new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                query(exchange.getRequestURI().getRawQuery()), headers, new String(bytes, StandardCharsets.UTF_8));
    }

    /** Query parameters, percent-decoded; a {@code +} stays a plus, as numbers are typed {@code ?msisdn=+243...}. */
    static Map<String, String> query(String raw) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            parameters.putIfAbsent(decode(equals < 0 ? pair : pair.substring(0, equals)),
                    decode(equals < 0 ? "" : pair.substring(equals + 1)));
        }
        return parameters;
    }

    /** Form fields of an {@code application/x-www-form-urlencoded} body, where {@code +} is a space. */
    static Map<String, String> form(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    private static String decode(String raw) {
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static void write(HttpExchange exchange, Reply reply) throws IOException {
        reply.headers().forEach(exchange.getResponseHeaders()::set);
        if (reply.contentType() == null) {
            exchange.sendResponseHeaders(reply.status(), -1);
            return;
        }
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
