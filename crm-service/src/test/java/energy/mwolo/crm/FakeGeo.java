package energy.mwolo.crm;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stand-in for geo-service's public place reads ({@code GET /api/geo/<kind>/<id>/}), which a test can make fail
 * or hang to play an outage.
 */
public final class FakeGeo {

    public enum Mode { UP, FAILING, HANGING }

    private static final FakeGeo INSTANCE = new FakeGeo();

    private final HttpServer server;
    private final Map<String, String> places = new ConcurrentHashMap<>();
    private volatile Mode mode = Mode.UP;

    private FakeGeo() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/geo/", this::answer);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "fake-geo");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    public static FakeGeo instance() {
        return INSTANCE;
    }

    public String baseUrl() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    public void mode(Mode mode) {
        this.mode = mode;
    }

    /** A province of a new country, with a commune and a territory in it. */
    public Tree tree() {
        Tree tree = new Tree(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        places.put("countries/" + tree.country(), "{\"id\":\"" + tree.country() + "\"}");
        places.put("provinces/" + tree.province(),
                "{\"id\":\"" + tree.province() + "\",\"country\":\"" + tree.country() + "\"}");
        places.put("communes/" + tree.commune(),
                "{\"id\":\"" + tree.commune() + "\",\"province\":\"" + tree.province() + "\"}");
        places.put("territories/" + tree.territory(), "{\"id\":\"" + tree.territory() + "\",\"commune\":\""
                + tree.commune() + "\",\"province\":\"" + tree.province() + "\"}");
        return tree;
    }

    public record Tree(UUID country, UUID province, UUID commune, UUID territory) {
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (mode == Mode.HANGING) {
                sleep();
            }
            if (mode != Mode.UP) {
                exchange.sendResponseHeaders(500, -1);
                return;
            }
            String[] parts = exchange.getRequestURI().getPath().split("/");
            String body = parts.length >= 5 ? places.get(parts[3] + "/" + parts[4]) : null;
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(3_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
