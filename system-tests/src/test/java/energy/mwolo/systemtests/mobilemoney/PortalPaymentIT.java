package energy.mwolo.systemtests.mobilemoney;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.devdata.DevCustomer;
import energy.mwolo.contracts.services.ServiceCatalogue;
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
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * What a person does on the devstack (devstack/README.md, "Paying an invoice as a customer"), over the real gateway,
 * identity, crm and billing and the mobile-money simulator: signed in as the dev account {@code client@mwolo.local},
 * the customer finds its client (crm's dev seed) and an open invoice (opened by the accountant, as the devstack does),
 * asks to pay it by M-Pesa, the simulator's customer confirms and its provider calls billing back through the gateway,
 * and the customer sees the invoice paid and downloads the receipt, a PDF naming the payment and the invoice.
 */
class PortalPaymentIT {

    private static final ZoneId KINSHASA = ZoneId.of("Africa/Kinshasa");
    private static final String CUSTOMER_PASSWORD = "client123";
    private static final String ACCOUNTANT = "comptable@mwolo.local";
    private static final String ACCOUNTANT_PASSWORD = "comptable123";
    /** A Vodacom number (prefix 81): M-Pesa collects it. */
    private static final String MSISDN = "+243812345678";
    private static final Duration ASYNC = Duration.ofSeconds(90);

    /** Started before the platform (fields initialise in order), so billing is given its URLs. */
    private static final MobileMoneySimulator SIMULATOR = MobileMoneySimulator.start();

    @RegisterExtension
    static final RunningPlatform PLATFORM = RunningPlatform.of(ServiceCatalogue.IDENTITY, ServiceCatalogue.CRM,
                    ServiceCatalogue.BILLING)
            .withGateway()
            .environment(ServiceCatalogue.BILLING, Provider.MPESA.baseUrlVariable(), SIMULATOR.url(Provider.MPESA));

    @AfterAll
    static void stopTheSimulator() {
        SIMULATOR.close();
    }

    @Test
    void theDevCustomerPaysItsOpenInvoiceByMpesaThroughTheGatewayAndDownloadsTheReceipt() throws IOException {
        // The provider calls billing back through the gateway, as the devstack's simulator does.
        SIMULATOR.callbackUrl(Provider.MPESA, PLATFORM.gatewayUrl() + "/api/billing/webhooks/mpesa/");
        String invoiceId = openInvoiceOfTheMonth();

        String customer = Customers.signIn(gateway(), DevCustomer.EMAIL, CUSTOMER_PASSWORD);
        Api.Reply me = gateway().get("/api/crm/clients/me/").as(customer).send();
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().path("id").asString()).isEqualTo(DevCustomer.clientId().toString());
        assertThat(me.json().path("display_name").asString()).isEqualTo("Bienvenu Kabasele");
        JsonNode open = onlyOpenInvoice(customer);
        assertThat(open.path("id").asString()).isEqualTo(invoiceId);
        String number = open.path("number").asString();
        String balance = open.path("balance").asString();
        assertThat(open.path("status").asString()).isEqualTo("issued");
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

    /**
     * The month's invoice of the dev customer's home contract, issued: what the devstack has the accountant do
     * (the day's rate when none holds, the draft once billing knows the contract from crm's events, the issue).
     */
    private static String openInvoiceOfTheMonth() {
        String accountant = Customers.signIn(gateway(), ACCOUNTANT, ACCOUNTANT_PASSWORD);
        LocalDate today = LocalDate.now(KINSHASA);
        if (gateway().get("/api/billing/exchange-rates/" + today + "/").as(accountant).send().status() == 409) {
            Api.Reply rate = gateway().post("/api/billing/exchange-rates/", Map.of("date", today.toString(),
                    "rate", "2850")).as(accountant).header("Idempotency-Key", UUID.randomUUID().toString()).send();
            assertThat(rate.status()).as(rate.toString()).isIn(201, 409);
        }
        Map<String, String> month = Map.of("contract", DevCustomer.homeContractId().toString(),
                "period", YearMonth.from(today).toString());
        JsonNode draft = Awaitility.await().atMost(ASYNC).pollInterval(Duration.ofSeconds(1))
                .until(() -> drafted(accountant, month), Optional::isPresent).orElseThrow();
        Api.Reply issued = gateway().post("/api/billing/invoices/" + draft.path("id").asString() + "/issue/", null)
                .as(accountant).header("Idempotency-Key", UUID.randomUUID().toString()).send();
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        return draft.path("id").asString();
    }

    /** billing refuses (422) a contract it has not heard of from crm yet. */
    private static Optional<JsonNode> drafted(String accountant, Map<String, String> month) {
        Api.Reply reply = gateway().post("/api/billing/invoices/", month).as(accountant)
                .header("Idempotency-Key", UUID.randomUUID().toString()).send();
        if (reply.status() == 422) {
            return Optional.empty();
        }
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return Optional.of(reply.json());
    }

    private static JsonNode onlyOpenInvoice(String customer) {
        Api.Reply invoices = gateway().get("/api/billing/invoices/?status=issued").as(customer).send();
        assertThat(invoices.status()).as(invoices.toString()).isEqualTo(200);
        assertThat(invoices.json().path("count").asInt()).as(invoices.toString()).isEqualTo(1);
        return invoices.json().path("results").get(0);
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
