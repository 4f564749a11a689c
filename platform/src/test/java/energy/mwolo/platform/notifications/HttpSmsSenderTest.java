package energy.mwolo.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The adapter against a stand-in gateway on a free loopback port. */
class HttpSmsSenderTest {

    private HttpServer gateway;
    private final List<String> bodies = new CopyOnWriteArrayList<>();

    private HttpSmsSender gatewayAnswering(int status, String body) throws IOException {
        gateway = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        gateway.createContext("/sms", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] answer = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        gateway.start();
        return sender("http://127.0.0.1:" + gateway.getAddress().getPort() + "/");
    }

    private static HttpSmsSender sender(String baseUrl) {
        return new HttpSmsSender(new SmsProperties(URI.create(baseUrl), Duration.ofSeconds(1), Duration.ofSeconds(2)));
    }

    @AfterEach
    void stop() {
        if (gateway != null) {
            gateway.stop(0);
        }
    }

    @Test
    void anAcceptedMessageAnswersTheGatewaysIdAndCarriesItsReference() throws IOException {
        HttpSmsSender sender = gatewayAnswering(202, "{\"id\":\"abc-1\"}");

        String id = sender.send(new Sms("+243812345678", "Rappel : facture FAC-2026-000001", "r-1"));

        assertThat(id).isEqualTo("abc-1");
        JsonNode sent = JsonMapper.shared().readTree(bodies.get(0));
        assertThat(sent.path("to").asString()).isEqualTo("+243812345678");
        assertThat(sent.path("text").asString()).isEqualTo("Rappel : facture FAC-2026-000001");
        assertThat(sent.path("reference").asString()).isEqualTo("r-1");
    }

    @Test
    void aBusyGatewayIsWorthTryingAgain() throws IOException {
        HttpSmsSender sender = gatewayAnswering(503, "{\"code\":\"unavailable\"}");

        assertThatThrownBy(() -> sender.send(new Sms("+243812345678", "x", "r-2")))
                .isInstanceOfSatisfying(SmsNotSent.class, e -> assertThat(e.retryable()).isTrue())
                .hasMessageContaining("503").hasMessageContaining("unavailable");
    }

    @Test
    void aRefusedMessageIsNotWorthTryingAgainAndItsNumberStaysOutOfTheError() throws IOException {
        HttpSmsSender sender = gatewayAnswering(400, "{\"code\":\"invalid_to\"}");

        assertThatThrownBy(() -> sender.send(new Sms("+0812", "x", "r-3")))
                .isInstanceOfSatisfying(SmsNotSent.class, e -> assertThat(e.retryable()).isFalse())
                .hasMessageContaining("invalid_to").hasMessageNotContaining("+0812");
    }

    @Test
    void anUnreachableGatewayIsWorthTryingAgain() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        HttpSmsSender sender = sender("http://127.0.0.1:" + closedPort);

        assertThatThrownBy(() -> sender.send(new Sms("+243812345678", "x", "r-4")))
                .isInstanceOfSatisfying(SmsNotSent.class, e -> assertThat(e.retryable()).isTrue());
    }
}
