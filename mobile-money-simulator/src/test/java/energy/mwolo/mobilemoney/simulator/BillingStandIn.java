package energy.mwolo.mobilemoney.simulator;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Where the simulator's callbacks land in these tests: a loopback server on a free port that keeps every request
 * and answers what the test says (by default 200 {}). {@code inFlight} counts requests being answered at the same
 * moment, to see that duplicates arrive together.
 */
final class BillingStandIn implements AutoCloseable {

    record Received(String path, Map<String, String> headers, String body, Instant at) {

        JsonNode json() {
            return Json.object(body).orElseThrow();
        }

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    record Reply(int status, String body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private volatile Function<Received, Reply> answer = request -> new Reply(200, "{}");
    private volatile Duration holdEachAnswer = Duration.ZERO;

    BillingStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/", exchange -> {
            int now = inFlight.incrementAndGet();
            mostInFlight.accumulateAndGet(now, Math::max);
            try {
                Map<String, String> headers = new LinkedHashMap<>();
                exchange.getRequestHeaders().forEach((name, values) ->
                        headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
                Received request = new Received(exchange.getRequestURI().getPath(), headers,
                        new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), Instant.now());
                received.add(request);
                Thread.sleep(holdEachAnswer.toMillis());
                Reply reply = answer.apply(request);
                byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inFlight.decrementAndGet();
                exchange.close();
            }
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void answer(Function<Received, Reply> reply) {
        this.answer = reply;
    }

    /** Each answer waits this long, so that requests arriving together overlap. */
    void holdEachAnswer(Duration hold) {
        this.holdEachAnswer = hold;
    }

    int mostInFlight() {
        return mostInFlight.get();
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** Waits until {@code count} callbacks arrived (at most 10 s) and answers them. */
    List<Received> await(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (received.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return received();
    }

    /** Waits {@code quiet} and answers what arrived by then (for "nothing more comes"). */
    List<Received> after(Duration quiet) throws InterruptedException {
        new CountDownLatch(1).await(quiet.toMillis(), TimeUnit.MILLISECONDS);
        return received();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
