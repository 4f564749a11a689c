package energy.mwolo.systemtests.devstory;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.devdata.DevCustomer;
import energy.mwolo.mobilemoney.simulator.MobileMoneySimulator;
import energy.mwolo.mobilemoney.simulator.Payment;
import energy.mwolo.mobilemoney.simulator.PaymentStatus;
import energy.mwolo.mobilemoney.simulator.Provider;
import energy.mwolo.platformtest.Api;
import energy.mwolo.systemtests.Documents;
import energy.mwolo.systemtests.RunningPlatform;
import energy.mwolo.systemtests.billing.Customers;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * What a person does on the devstack (devstack/README.md, "Paying an invoice as a customer"), over the real gateway,
 * identity, crm and billing and the mobile-money simulator: signed in as the dev account {@code client@mwolo.local},
 * the customer finds its client (crm's dev seed) and its billing history (billing's dev seed: the month before last
 * paid in cash, last month overdue, this month's invoice open), asks to pay this month's by M-Pesa, the simulator's
 * customer confirms and its provider calls billing back through the gateway, and the customer sees that invoice paid,
 * last month's still owed, and downloads the receipt, a PDF naming the payment and the invoice.
 */
class PortalPaymentIT {

    private static final ZoneId KINSHASA = ZoneId.of("Africa/Kinshasa");
    private static final String CUSTOMER_PASSWORD = "client123";
    /** A Vodacom number (prefix 81): M-Pesa collects it. */
    private static final String MSISDN = "+243812345678";
    private static final Duration ASYNC = Duration.ofSeconds(90);

    private static final MobileMoneySimulator SIMULATOR = DevStoryPlatform.PROVIDERS;

    @RegisterExtension
    static final RunningPlatform PLATFORM = DevStoryPlatform.platform();

    @Test
    void theDevCustomerFindsItsHistoryPaysTheMonthsInvoiceByMpesaThroughTheGatewayAndDownloadsTheReceipt()
            throws IOException {
        // The provider calls billing back through the gateway, as the devstack's simulator does.
        SIMULATOR.callbackUrl(Provider.MPESA, PLATFORM.gatewayUrl() + "/api/billing/webhooks/mpesa/");

        String customer = Customers.signIn(gateway(), DevCustomer.EMAIL, CUSTOMER_PASSWORD);
        Api.Reply me = gateway().get("/api/crm/clients/me/").as(customer).send();
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().path("id").asString()).isEqualTo(DevCustomer.clientId().toString());
        assertThat(me.json().path("display_name").asString()).isEqualTo("Bienvenu Kabasele");
        List<JsonNode> history = seededHistory(customer);
        YearMonth thisMonth = YearMonth.now(KINSHASA);
        assertThat(history).extracting(i -> i.path("period").asString()).containsExactly(
                thisMonth.minusMonths(2).toString(), thisMonth.minusMonths(1).toString(), thisMonth.toString());
        assertThat(history.get(0).path("status").asString()).isEqualTo("paid");
        assertThat(history.get(1).path("status").asString()).isEqualTo("overdue");
        // Open; overdue too when a scenario before this one in the JVM (they share billing's database) ran billing's
        // dunning pass with its clock a month on.
        assertThat(history.get(2).path("status").asString()).isIn("issued", "overdue");
        JsonNode cash = onlyPayment(customer, "cash");
        assertThat(cash.path("status").asString()).isEqualTo("confirmed");
        assertThat(cash.path("amount").asString()).isEqualTo(history.get(0).path("total").asString());
        JsonNode overdue = history.get(1);
        JsonNode open = history.get(2);
        String invoiceId = open.path("id").asString();
        String number = open.path("number").asString();
        String balance = open.path("balance").asString();
        assertThat(open.path("currency").asString()).isEqualTo("USD");
        assertThat(open.path("balance").asString()).isEqualTo(open.path("total").asString());

        Api.Reply asked = gateway().post("/api/billing/mobile-money/requests/", Map.of("amount", balance,
                        "currency", "USD", "msisdn", MSISDN, "provider", "mpesa", "invoices", List.of(invoiceId)))
                .as(customer).header("Idempotency-Key", UUID.randomUUID().toString()).send();
        assertThat(asked.status()).as(asked.toString()).isEqualTo(202);
        assertThat(asked.json().path("status").asString()).isEqualTo("pending");
        String reference = asked.json().path("reference").asString();
        String status = asked.location();

        JsonNode request = Awaitility.await().atMost(ASYNC).pollInterval(Duration.ofSeconds(1))
                .until(() -> gateway().get(status).as(customer).send().json(),
                        r -> !"pending".equals(r.path("status").asString()));
        assertThat(request.path("status").asString()).as(request.toString()).isEqualTo("succeeded");
        Payment paid = SIMULATOR.payment(reference).orElseThrow();
        assertThat(paid.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(paid.msisdn()).isEqualTo("243812345678");
        assertThat(paid.amount()).isEqualByComparingTo(balance);
        assertThat(SIMULATOR.callbacks(reference)).isNotEmpty()
                .allSatisfy(callback -> assertThat(callback.status()).isEqualTo(200));

        JsonNode invoice = gateway().get("/api/billing/invoices/" + invoiceId + "/").as(customer).send().json();
        assertThat(invoice.path("status").asString()).isEqualTo("paid");
        assertThat(invoice.path("balance").asString()).isEqualTo("0.00");
        JsonNode stillOwed = gateway().get("/api/billing/invoices/" + overdue.path("id").asString() + "/")
                .as(customer).send().json();
        assertThat(stillOwed.path("status").asString()).as("the payment went to the invoice it named")
                .isEqualTo("overdue");
        assertThat(stillOwed.path("balance").asString()).isEqualTo(overdue.path("balance").asString());
        JsonNode payment = mobileMoneyPaymentOf(customer, invoiceId);
        assertThat(payment.path("status").asString()).isEqualTo("confirmed");
        assertThat(payment.path("amount").asString()).isEqualTo(balance);
        HttpResponse<byte[]> receipt = Documents.pdf(PLATFORM.gatewayUrl() + "/api/billing/payments/"
                + payment.path("id").asString() + "/receipt/pdf/", customer);
        assertThat(receipt.statusCode()).isEqualTo(200);
        assertThat(receipt.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/pdf"));
        assertThat(receipt.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).contains(payment.path("number").asString() + ".pdf"));
        assertThat(text(receipt.body())).contains(payment.path("number").asString(), number);
    }

    /** billing seeds the dev customer's months once crm's events have told it of the home contract. */
    private static List<JsonNode> seededHistory(String customer) {
        return Awaitility.await().atMost(ASYNC).pollInterval(Duration.ofSeconds(1))
                .until(() -> gateway().get("/api/billing/invoices/?ordering=issue_date").as(customer).send().json(),
                        invoices -> invoices.path("count").asInt() == 3)
                .path("results").valueStream().toList();
    }

    private static JsonNode onlyPayment(String customer, String method) {
        Api.Reply payments = gateway().get("/api/billing/payments/?method=" + method).as(customer).send();
        assertThat(payments.status()).as(payments.toString()).isEqualTo(200);
        assertThat(payments.json().path("count").asInt()).as(payments.toString()).isEqualTo(1);
        return payments.json().path("results").get(0);
    }

    private static JsonNode mobileMoneyPaymentOf(String customer, String invoiceId) {
        Api.Reply payments = gateway().get("/api/billing/payments/?method=mobile_money").as(customer).send();
        assertThat(payments.status()).as(payments.toString()).isEqualTo(200);
        JsonNode results = payments.json().path("results");
        for (JsonNode summary : results) {
            JsonNode payment = gateway().get("/api/billing/payments/" + summary.path("id").asString() + "/")
                    .as(customer).send().json();
            for (JsonNode allocation : payment.path("allocations")) {
                if (invoiceId.equals(allocation.path("invoice").asString())) {
                    return payment;
                }
            }
        }
        throw new AssertionError("no mobile-money payment allocated to invoice " + invoiceId + ": " + payments);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static Api gateway() {
        return new Api(PLATFORM.gatewayUrl());
    }
}
