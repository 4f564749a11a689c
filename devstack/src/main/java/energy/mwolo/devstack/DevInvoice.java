package energy.mwolo.devstack;

import energy.mwolo.contracts.devdata.DevCustomer;
import java.io.IOException;
import java.math.BigDecimal;
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
 * The dev customer's invoice of the month, so a person signed in as {@code client@mwolo.local} has one to pay. It is
 * asked of billing through the gateway exactly as an accountant would: signed in as the dev accountant, the day's
 * exchange rate entered when none holds (the tariff's public-lighting tax is in francs), the month of the customer's
 * home contract drafted once billing knows the contract from crm's events, then issued. Billing stays the only
 * author of its invoices (no seed of its own has to wait for crm's events or bypass its rules), and a month already
 * invoiced is left alone, so every start of the devstack is safe.
 */
final class DevInvoice {

    static final String ACCOUNTANT = "comptable@mwolo.local";
    private static final String ACCOUNTANT_PASSWORD = "comptable123";
    /** An illustrative USD/CDF rate, used only when no rate holds today. */
    static final BigDecimal DEV_EXCHANGE_RATE = new BigDecimal("2850.0000");
    private static final ZoneId KINSHASA = ZoneId.of("Africa/Kinshasa");
    private static final Duration WAIT_FOR_CONTRACT = Duration.ofMinutes(3);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String gateway;
    private final Duration retryEvery;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    DevInvoice(String gateway) {
        this(gateway, Duration.ofSeconds(3));
    }

    DevInvoice(String gateway, Duration retryEvery) {
        this.gateway = gateway;
        this.retryEvery = retryEvery;
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
        LocalDate today = LocalDate.now(KINSHASA);
        if (send(get("/api/billing/exchange-rates/" + today + "/", token)).statusCode() == 409) {
            expect(send(post("/api/billing/exchange-rates/", token,
                    Map.of("date", today.toString(), "rate", DEV_EXCHANGE_RATE.toPlainString()))), 201, 409);
        }
        String period = YearMonth.from(today).toString();
        UUID contract = DevCustomer.homeContractId();
        JsonNode invoice = monthsInvoice(token, contract, period);
        if (invoice == null) {
            invoice = draftOnceBillingKnows(token, contract, period);
        }
        if ("draft".equals(invoice.path("status").asString())) {
            invoice = json(expect(send(post("/api/billing/invoices/" + invoice.path("id").asString() + "/issue/",
                    token, Map.of())), 200));
        }
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

    /** crm announces the contract at its activation; billing answers 422 until its read model has it. */
    private JsonNode draftOnceBillingKnows(String token, UUID contract, String period)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + WAIT_FOR_CONTRACT.toNanos();
        while (true) {
            HttpResponse<String> reply = send(post("/api/billing/invoices/", token,
                    Map.of("contract", contract.toString(), "period", period)));
            if (reply.statusCode() == 201) {
                return json(reply);
            }
            if (reply.statusCode() != 422 || System.nanoTime() > deadline) {
                throw new IOException("billing answered " + reply.statusCode() + " " + reply.body());
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
