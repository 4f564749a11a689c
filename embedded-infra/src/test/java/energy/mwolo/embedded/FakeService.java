package energy.mwolo.embedded;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stands in for a service jar in {@link ServiceProcessIT}: listens on {@code SERVER_PORT}, answers the readiness
 * probe on {@code MANAGEMENT_SERVER_PORT} (only there, as the services do) once {@code FAKE_READY_AFTER_MS} passed, shows its environment, arguments and working directory at
 * {@code /env}, and exits at once with {@code FAKE_EXIT} when that is set.
 */
public final class FakeService {

    private FakeService() {
    }

    public static void main(String[] args) throws IOException {
        System.out.println("fake service starting with arguments " + String.join(" ", args));
        String exit = System.getenv("FAKE_EXIT");
        if (exit != null) {
            System.out.println("fake service failing on purpose");
            System.exit(Integer.parseInt(exit));
        }
        long readyAt = System.nanoTime()
                + Long.parseLong(System.getenv().getOrDefault("FAKE_READY_AFTER_MS", "0")) * 1_000_000;
        int port = Integer.parseInt(System.getenv("SERVER_PORT"));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        int managementPort = Integer.parseInt(System.getenv("MANAGEMENT_SERVER_PORT"));
        HttpServer management = HttpServer.create(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), managementPort), 0);
        management.createContext("/actuator/health/readiness",
                exchange -> respond(exchange, System.nanoTime() >= readyAt ? 200 : 503, "{}"));
        management.start();
        server.createContext("/env", exchange -> {
            StringBuilder body = new StringBuilder();
            Map<String, String> env = new TreeMap<>(System.getenv());
            env.put("cwd", Path.of("").toAbsolutePath().toString());
            env.put("args", String.join(" ", args));
            env.forEach((name, value) -> body.append(name).append('=').append(value).append('\n'));
            respond(exchange, 200, body.toString());
        });
        server.start();
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
