package energy.mwolo.billing.mobilemoney.providers;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.Money;
import energy.mwolo.billing.mobilemoney.application.MobileMoneySettings;
import energy.mwolo.billing.mobilemoney.application.ProviderGateway.Initiation;
import energy.mwolo.billing.mobilemoney.model.MobileMoneyRequest;
import energy.mwolo.billing.mobilemoney.model.Msisdn;
import energy.mwolo.billing.mobilemoney.model.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a provider's refusal, silence or absence makes of a request: never an exception to the caller. */
class ProviderFailuresTest {

    private static final MobileMoneyRequest REQUEST = MobileMoneyRequest.open(UUID.randomUUID(), "MM1",
            UUID.randomUUID(), new Money(new BigDecimal("7.25"), Currency.USD), List.of(), Provider.MPESA,
            Msisdn.parse("+243812345678"), null, Instant.now());

    @Test
    void aRefusalFailsTheRequestWithTheProvidersCodeAndWords() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = "{\"output_ResponseCode\":\"INS-2051\",\"output_ResponseDesc\":\"Invalid MSISDN\"}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(400, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            Initiation initiation = mpesa("http://127.0.0.1:" + server.getAddress().getPort()).initiate(REQUEST);

            assertThat(initiation.kind()).isEqualTo(Initiation.Kind.REFUSED);
            assertThat(initiation.reason()).isEqualTo("INS-2051 Invalid MSISDN");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aProviderThatDoesNotAnswerInTimeLeavesTheRequestPending() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Initiation initiation = mpesa("http://127.0.0.1:" + silent.getLocalPort()).initiate(REQUEST);

            assertThat(initiation.kind()).isEqualTo(Initiation.Kind.UNKNOWN);
            assertThat(mpesa("http://127.0.0.1:" + silent.getLocalPort()).status(REQUEST)).isEmpty();
        }
    }

    @Test
    void anUnreachableProviderLeavesTheRequestPending() throws IOException {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }

        assertThat(mpesa("http://127.0.0.1:" + port).initiate(REQUEST).kind()).isEqualTo(Initiation.Kind.UNKNOWN);
    }

    /**
     * Timeouts long enough for a loaded build machine to answer (a refusal read as silence fails the first test), short
     * enough for the silent provider's test to end soon.
     */
    private static MpesaGateway mpesa(String baseUrl) {
        MobileMoneySettings settings = new MobileMoneySettings(null, Duration.ofSeconds(2), Duration.ofSeconds(2),
                null, null, null, new MobileMoneySettings.Mpesa(baseUrl, "key", "000000"), null, null, null);
        return new MpesaGateway(new ProviderHttp(settings), settings);
    }
}
