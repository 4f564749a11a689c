package energy.mwolo.embedded;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import energy.mwolo.contracts.ContractJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JDK's HTTP server on the loopback interface, answering JSON as the platform writes it (snake_case, ISO-8601
 * instants). A handler turns an exchange into an {@link Answer}; what it throws becomes a JSON error, never a dropped
 * connection.
 */
public final class LoopbackHttp implements AutoCloseable {

    public static final int MAX_BODY_BYTES = 64 * 1024;
    private static final Logger log = LoggerFactory.getLogger(LoopbackHttp.class);

    private final HttpServer server;
    private final ExecutorService executor;

    /** What a handler answers: a status, a body written as JSON ({@code null}: none) and extra headers. */
    public record Answer(int status, Object body, Map<String, String> headers) {

        public static Answer json(int status, Object body) {
            return new Answer(status, body, Map.of());
        }

        public static Answer empty(int status) {
            return new Answer(status, null, Map.of());
        }

        public static Answer error(int status, String code, String message) {
            return json(status, new Error(code, message));
        }

        public static Answer methodNotAllowed(String allowed) {
            return error(405, "method_not_allowed", "Allowed here: " + allowed).withHeader("Allow", allowed);
        }

        public static Answer notFound() {
            return error(404, "not_found", "Nothing here");
        }

        public Answer withHeader(String name, String value) {
            Map<String, String> all = new LinkedHashMap<>(headers);
            all.put(name, value);
            return new Answer(status, body, Map.copyOf(all));
        }
    }

    /** The body of every error answer. */
    public record Error(String code, String message) {
    }

    @FunctionalInterface
    public interface Handler {
        Answer answer(HttpExchange exchange) throws IOException;
    }

    private LoopbackHttp(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Serves every path with {@code handler} on {@code 127.0.0.1:port}.
     *
     * @param port    0 for a free port
     * @param what    who listens, for the message of a port in use
     * @param threads the name of the server's threads
     * @throws IllegalStateException when the port is in use
     */
    public static LoopbackHttp serve(int port, String what, String threads, Handler handler) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (BindException e) {
            throw new IllegalStateException("Port " + port + " for " + what + " is in use by another program", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, threads);
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", exchange -> respond(exchange, handler));
        server.start();
        return new LoopbackHttp(server, executor);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * A query parameter, percent-decoded. A {@code +} stays a plus: E.164 numbers are typed as {@code ?to=+243...},
     * which form decoding would turn into a space.
     */
    public static Optional<String> parameter(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String key = decode(equals < 0 ? pair : pair.substring(0, equals));
            if (key.equals(name)) {
                return Optional.of(decode(equals < 0 ? "" : pair.substring(equals + 1)));
            }
        }
        return Optional.empty();
    }

    /** The request body as UTF-8 text, or empty when it is larger than {@link #MAX_BODY_BYTES}. */
    public static Optional<String> body(HttpExchange exchange) throws IOException {
        byte[] bytes = exchange.getRequestBody().readNBytes(MAX_BODY_BYTES + 1);
        return bytes.length > MAX_BODY_BYTES ? Optional.empty()
                : Optional.of(new String(bytes, StandardCharsets.UTF_8));
    }

    private static String decode(String raw) {
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static void respond(HttpExchange exchange, Handler handler) throws IOException {
        Answer answer;
        try {
            answer = handler.answer(exchange);
        } catch (IllegalArgumentException e) {
            answer = Answer.error(400, "bad_request", e.getMessage());
        } catch (RuntimeException e) {
            log.warn("{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            answer = Answer.error(500, "internal_error", e.toString());
        }
        try {
            write(exchange, answer);
        } finally {
            exchange.close();
        }
    }

    private static void write(HttpExchange exchange, Answer answer) throws IOException {
        answer.headers().forEach(exchange.getResponseHeaders()::set);
        if (answer.body() == null) {
            exchange.sendResponseHeaders(answer.status(), -1);
            return;
        }
        byte[] json = ContractJson.mapper().writeValueAsBytes(answer.body());
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(answer.status(), json.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(json);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
