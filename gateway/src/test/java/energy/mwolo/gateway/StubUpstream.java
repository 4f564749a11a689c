package energy.mwolo.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import energy.mwolo.platformtest.Api;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for one service: answers every request 200 with what it received (method, path, query, headers, body),
 * so tests can see what the gateway forwarded. It can be made slow, to play a service in trouble.
 */
public final class StubUpstream implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String service;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "stub-upstream");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Duration delay = Duration.ZERO;

    private StubUpstream(String service) {
        this.service = service;
        try {
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.setExecutor(threads);
        server.start();
    }

    /** For an answer a stub gave: a header the stub received (lower-case name), or null. */
    public static String forwarded(Api.Reply reply, String header) {
        JsonNode value = reply.json().path("headers").get(header);
        return value == null ? null : value.asString();
    }

    /** For an answer a stub gave: the service the stub stood for. */
    public static String answeredBy(Api.Reply reply) {
        return reply.json().path("service").asString();
    }

    /** A stub for {@code service} on a free loopback port. */
    public static StubUpstream start(String service) {
        return new StubUpstream(service);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** From now on, waits this long before answering. */
    public void slow(Duration delay) {
        this.delay = delay;
    }

    public void healthy() {
        this.delay = Duration.ZERO;
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            byte[] received = body.readAllBytes();
            pause();
            Map<String, Object> echo = new LinkedHashMap<>();
            echo.put("service", service);
            echo.put("method", exchange.getRequestMethod());
            echo.put("path", exchange.getRequestURI().getRawPath());
            echo.put("query", exchange.getRequestURI().getRawQuery());
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) ->
                    headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
            echo.put("headers", headers);
            echo.put("body", new String(received, StandardCharsets.UTF_8));
            byte[] answer = JSON.writeValueAsBytes(echo);
            exchange.getResponseHeaders().put("Content-Type", List.of("application/json"));
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
        }
    }

    private void pause() {
        Duration current = delay;
        if (!current.isZero()) {
            try {
                Thread.sleep(current.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
