package energy.mwolo.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import energy.mwolo.contracts.devdata.DevCustomer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The devstack's wait for billing's invoice of the month, against a stand-in gateway that answers as billing does. */
class DevInvoiceTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Africa/Kinshasa"));
    private static final String LOGIN = "POST /api/auth/login/";
    private static final String MONTH = "GET /api/billing/invoices/?contract=" + DevCustomer.homeContractId()
            + "&period=" + YearMonth.from(TODAY);
    private static final String NONE = "{\"count\": 0, \"results\": []}";
    private static final String TOKEN = "{\"access\": \"accountant-token\"}";

    private final List<String> calls = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void asksUntilBillingHasSeededTheMonthThenNamesItAndHowToPayIt() throws Exception {
        String gateway = billing(Map.of(
                LOGIN, answers(200, TOKEN),
                MONTH, answers(200, NONE, 200, NONE, 200, "{\"count\": 1, \"results\": ["
                        + invoice("FAC-2026-000003", "issued") + "]}")));

        String said = new DevInvoice(gateway, Duration.ofMillis(10), Duration.ofSeconds(10)).open();

        assertThat(said).contains("FAC-2026-000003", "issued", "3.66 USD", DevCustomer.EMAIL, "client123");
        assertThat(calls).containsExactly(LOGIN, MONTH, MONTH, MONTH);
    }

    @Test
    void passesOverACancelledInvoiceOfTheMonth() throws Exception {
        String gateway = billing(Map.of(
                LOGIN, answers(200, TOKEN),
                MONTH, answers(200, "{\"count\": 2, \"results\": [" + invoice("FAC-2026-000001", "cancelled") + ", "
                        + invoice("FAC-2026-000002", "paid") + "]}")));

        String said = new DevInvoice(gateway, Duration.ofMillis(10), Duration.ofSeconds(10)).open();

        assertThat(said).contains("FAC-2026-000002", "paid");
        assertThat(calls).containsExactly(LOGIN, MONTH);
    }

    @Test
    void givesUpNamingWhereToLookWhenBillingNeverSeedsTheMonth() throws Exception {
        String gateway = billing(Map.of(LOGIN, answers(200, TOKEN), MONTH, answers(200, NONE)));

        assertThatThrownBy(() -> new DevInvoice(gateway, Duration.ofMillis(10), Duration.ofMillis(200)).open())
                .isInstanceOf(IOException.class).hasMessageContaining("DevBillingHistory");
    }

    @Test
    void saysWhatTheGatewayAnsweredWhenTheAccountantCannotSignIn() throws Exception {
        String gateway = billing(Map.of(LOGIN, answers(401, "{\"code\": \"auth.invalid_credentials\"}")));

        assertThatThrownBy(() -> new DevInvoice(gateway, Duration.ofMillis(10), Duration.ofSeconds(1)).open())
                .isInstanceOf(IOException.class).hasMessageContaining("401");
        assertThat(calls).containsExactly(LOGIN);
    }

    private static String invoice(String number, String status) {
        return "{\"id\": \"0190f1a0-0000-7000-8000-00000000aaaa\", \"number\": "
                + (number == null ? "null" : "\"" + number + "\"") + ", \"status\": \"" + status
                + "\", \"balance\": \"3.66\", \"currency\": \"USD\"}";
    }

    /** Status and body pairs, answered in turn; the last one again once they run out. */
    private static Deque<Object[]> answers(Object... statusesAndBodies) {
        Deque<Object[]> answers = new ArrayDeque<>();
        for (int i = 0; i < statusesAndBodies.length; i += 2) {
            answers.add(new Object[] {statusesAndBodies[i], statusesAndBodies[i + 1]});
        }
        return answers;
    }

    private String billing(Map<String, Deque<Object[]>> routes) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String call = exchange.getRequestMethod() + " " + exchange.getRequestURI();
            calls.add(call);
            exchange.getRequestBody().readAllBytes();
            Deque<Object[]> answers = routes.get(call);
            Object[] answer = answers == null ? new Object[] {404, "{}"}
                    : answers.size() > 1 ? answers.poll() : answers.peek();
            byte[] body = ((String) answer[1]).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders((Integer) answer[0], body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }
}
