package energy.mwolo.devstack;

import energy.mwolo.contracts.devdata.DevCustomer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Names the dev customer's invoice of the month on the console, so a person signed in as {@code client@mwolo.local}
 * knows what there is to pay and how. Billing's dev profile makes it, with the months before (its
 * {@code DevBillingHistory}), once it hears of the home contract from crm; this asks for it through the gateway as
 * the dev accountant until it is there, and changes nothing.
 */
final class DevInvoice {

    static final String ACCOUNTANT = "comptable@mwolo.local";
    private static final String ACCOUNTANT_PASSWORD = "comptable123";
    private static final ZoneId KINSHASA = ZoneId.of("Africa/Kinshasa");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String gateway;
    private final Duration retryEvery;
    private final Duration waitAtMost;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    DevInvoice(String gateway) {
        this(gateway, Duration.ofSeconds(3), Duration.ofMinutes(3));
    }

    DevInvoice(String gateway, Duration retryEvery, Duration waitAtMost) {
        this.gateway = gateway;
        this.retryEvery = retryEvery;
        this.waitAtMost = waitAtMost;
    }

    /** In the background: the stack is usable meanwhile, and billing may need a while to hear of the contract. */
    static void openInBackground(String gateway) {
        Thread thread = new Thread(() -> {
            try {
                DevStack.say(new DevInvoice(gateway).open());
            } catch (Exception e) {
                DevStack.say("The dev customer's invoice could not be opened: " + e.getMessage());
            }
        }, "dev-invoice");
        thread.setDaemon(true);
        thread.start();
    }

    /** @return what a person should know: the invoice to pay, and how */
    String open() throws IOException, InterruptedException {
        String token = login();
        String period = YearMonth.from(LocalDate.now(KINSHASA)).toString();
        JsonNode invoice = monthsInvoiceOnceSeeded(token, DevCustomer.homeContractId(), period);
        return "Dev customer's invoice " + invoice.path("number").asString() + " (" + period + "): "
                + invoice.path("status").asString() + ", balance " + invoice.path("balance").asString() + " "
                + invoice.path("currency").asString() + "; sign in as " + DevCustomer.EMAIL
                + " / client123 to pay it (devstack/README.md, \"Paying an invoice as a customer\")";
    }

    private String login() throws IOException, InterruptedException {
        HttpResponse<String> reply = expect(send(post("/api/auth/login/", null,
                Map.of("email", ACCOUNTANT, "password", ACCOUNTANT_PASSWORD))), 200);
        return json(reply).path("access").asString();
    }

    private JsonNode monthsInvoice(String token, UUID contract, String period)
            throws IOException, InterruptedException {
        JsonNode page = json(expect(send(get("/api/billing/invoices/?contract=" + contract + "&period=" + period,
                token)), 200)).path("results");
        for (JsonNode invoice : page) {
            if (!"cancelled".equals(invoice.path("status").asString())) {
                return invoice;
            }
        }
        return null;
    }

    /** billing seeds the month once crm's events have told it of the contract. */
    private JsonNode monthsInvoiceOnceSeeded(String token, UUID contract, String period)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + waitAtMost.toNanos();
        while (true) {
            JsonNode invoice = monthsInvoice(token, contract, period);
            if (invoice != null) {
                return invoice;
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("billing has no invoice of " + period + " for the home contract after "
                        + waitAtMost.toSeconds() + " s (its log says why: DevBillingHistory)");
            }
            Thread.sleep(retryEvery.toMillis());
        }
    }

    private HttpRequest get(String path, String token) {
        return HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token).GET().build();
    }

    private HttpRequest post(String path, String token, Map<String, String> body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> expect(HttpResponse<String> reply, int... statuses) throws IOException {
        for (int status : statuses) {
            if (reply.statusCode() == status) {
                return reply;
            }
        }
        throw new IOException(reply.request().method() + " " + reply.request().uri().getPath() + " answered "
                + reply.statusCode() + " " + reply.body());
    }

    private static JsonNode json(HttpResponse<String> reply) {
        return JSON.readTree(reply.body());
    }
}
