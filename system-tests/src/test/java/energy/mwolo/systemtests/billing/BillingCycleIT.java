package energy.mwolo.systemtests.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import energy.mwolo.contracts.CloudEventHeaders;
import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.EventContract;
import energy.mwolo.contracts.billing.AccountOverdue;
import energy.mwolo.contracts.billing.AccountSettled;
import energy.mwolo.contracts.billing.InvoiceIssued;
import energy.mwolo.contracts.billing.InvoicePaid;
import energy.mwolo.contracts.billing.PaymentReceived;
import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.embedded.notifications.CaughtMail;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.KafkaEvents;
import energy.mwolo.platformtest.ReceivedEvent;
import energy.mwolo.systemtests.Documents;
import energy.mwolo.systemtests.RunningPlatform;
import energy.mwolo.systemtests.billing.Customers.ActiveContract;
import energy.mwolo.systemtests.billing.Customers.Customer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * A customer's month end to end, over the real identity, crm and billing services behind the real gateway, with the
 * platform's broker, SMTP catcher and SMS simulator: a contract activated in crm reaches billing through crm's events
 * and the month's billing run invoices it; thirty days on (billing restarted with its business clock moved forward,
 * having lost and re-sent nothing) a dunning pass reminds the customer by mail and reports the contract overdue; a
 * cash payment of the total pays the invoice and settles the account; the customer downloads the invoice as a PDF,
 * which another customer cannot. The steps build on one another, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BillingCycleIT {

    private static final ZoneId KINSHASA = ZoneId.of("Africa/Kinshasa");
    /** The month just ended, as the monthly run bills it; the contract starts on its first day (no pro-rata). */
    private static final YearMonth PERIOD = YearMonth.now(KINSHASA).minusMonths(1);
    /** The contract's monthly fee in USD, and what the invoice comes to with VAT at 16 %. */
    private static final String FEE = "25.00";
    private static final String TOTAL = "29.00";
    /** Past the due date (issue + 15 days) by more than the last reminder step (J+14). */
    private static final String THIRTY_DAYS_ON = "P30D";
    private static final Duration ASYNC = Duration.ofSeconds(60);
    private static final Duration QUIET = Duration.ofSeconds(3);
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @RegisterExtension
    static final RunningPlatform PLATFORM = RunningPlatform.of(ServiceCatalogue.IDENTITY, ServiceCatalogue.CRM,
                    ServiceCatalogue.BILLING)
            .withGateway()
            // The scenario starts its runs and passes itself: no schedule may bill, mark overdue or remind behind its
            // back (nor the pass billing makes shortly after it starts).
            .environment(ServiceCatalogue.BILLING, "MWOLO_BILLING_RUN_CRON", "-")
            .environment(ServiceCatalogue.BILLING, "MWOLO_BILLING_OVERDUE_CRON", "-")
            .environment(ServiceCatalogue.BILLING, "MWOLO_BILLING_DUNNING_CRON", "-")
            .environment(ServiceCatalogue.BILLING, "MWOLO_BILLING_DUNNING_PASS_AT_START", "false");

    private static Customer customer;
    private static Customer stranger;
    private static ActiveContract contract;
    /** The invoice the run issued, as billing answered it; set by the first step. */
    private static JsonNode invoice;
    /** Whether billing runs with its clock thirty days on; set by the second step. */
    private static boolean thirtyDaysOn;

    @BeforeAll
    static void aCustomerWithAContractActivatedInCrmAndAnotherCustomer() {
        Customers customers = new Customers(gateway());
        customer = customers.register("Grâce", "Mukendi");
        stranger = customers.register("Patrick", "Tshibanda");
        contract = customers.flatFeeContract(customer, FEE, "USD", PERIOD.atDay(1));
    }

    @Test
    @Order(1)
    void theMonthsBillingRunIssuesOneInvoiceForTheContractThatOnlyItsCustomerSees() {
        String accountant = accountant();

        // billing hears of the contract through crm's events: a run that starts before it does bills nothing for it.
        invoice = Awaitility.await().atMost(ASYNC).pollInterval(Duration.ofSeconds(1))
                .until(() -> completedRunThenInvoices(accountant), Optional::isPresent).orElseThrow();

        assertThat(invoice.path("number").asString()).matches("FAC-" + LocalDate.now(KINSHASA).getYear() + "-\\d{6}");
        assertThat(invoice.path("status").asString()).isEqualTo("issued");
        assertThat(invoice.path("client").asString()).isEqualTo(customer.client());
        assertThat(invoice.path("contract_number").asString()).isEqualTo(contract.number());
        assertThat(invoice.path("period").asString()).isEqualTo(PERIOD.toString());
        assertThat(invoice.path("currency").asString()).isEqualTo("USD");
        assertThat(invoice.path("total").asString()).isEqualTo(TOTAL);
        assertThat(invoice.path("balance").asString()).isEqualTo(TOTAL);
        JsonNode again = completedRun(accountant);
        assertThat(again.path("done").asInt()).as("a second run of the month: %s", again).isZero();
        assertThat(again.path("skipped").asInt()).as("a second run of the month: %s", again).isPositive();
        assertThat(invoicesOfContract(accountant).path("count").asInt()).isEqualTo(1);
        Api.Reply mine = gateway().get("/api/billing/invoices/").as(customer()).send();
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        assertThat(mine.json().path("results").valueStream().map(i -> i.path("number").asString()))
                .containsExactly(number());
        Api.Reply theirs = gateway().get("/api/billing/invoices/" + invoiceId() + "/").as(stranger()).send();
        assertThat(theirs.status()).as(theirs.toString()).isEqualTo(404);
        try (KafkaEvents events = events(InvoiceIssued.CONTRACT)) {
            events.awaitAtLeast(1, ofType(InvoiceIssued.CONTRACT).and(keyed(invoiceId())), ASYNC);
        }
    }

    @Test
    @Order(2)
    void billingRestartedThirtyDaysOnStillHasTheInvoiceAndPublishedItOnce() {
        requireInvoice();

        PLATFORM.restart(ServiceCatalogue.BILLING, Map.of("MWOLO_BILLING_CLOCK_OFFSET", THIRTY_DAYS_ON));
        thirtyDaysOn = true;

        JsonNode kept = invoice(accountant());
        assertThat(kept.path("number").asString()).as("the invoice after billing's restart").isEqualTo(number());
        assertThat(kept.path("total").asString()).isEqualTo(TOTAL);
        assertThat(kept.path("balance").asString()).isEqualTo(TOTAL);
        try (KafkaEvents invoices = events(InvoiceIssued.CONTRACT)) {
            assertThat(invoices.readAll(QUIET).stream().filter(ofType(InvoiceIssued.CONTRACT)
                    .and(keyed(invoiceId())))).as("InvoiceIssued of %s", number()).hasSize(1);
        }
    }

    @Test
    @Order(3)
    void aDunningPassRemindsTheCustomerOnceAndReportsTheContractOverdue() {
        requireInvoice();
        assumeTrue(thirtyDaysOn, "billing was not restarted thirty days on: see the second step");
        String accountant = accountant();

        JsonNode pass = dunningPass(accountant);

        assertThat(pass.path("day").asString()).as("the pass's business day: %s", pass)
                .isEqualTo(LocalDate.now(KINSHASA).plusDays(30).toString());
        // The pass covers every open invoice in billing's database, other scenarios' of this JVM included: the
        // customer's own share is checked below (its mail and SMS, its invoice overdue, its contract reported).
        assertThat(pass.path("marked_overdue").asInt()).as(pass.toString()).isPositive();
        assertThat(pass.path("sent").asInt()).as(pass.toString()).isGreaterThanOrEqualTo(2);
        assertThat(pass.path("accounts_reported").asInt()).as(pass.toString()).isPositive();
        Awaitility.await().atMost(ASYNC).pollInterval(Duration.ofMillis(300))
                .until(() -> !notifications().contains(0));
        // Fifteen days past due: the J+14 step, once by mail and once by SMS; the earlier steps are passed over.
        assertThat(settled(BillingCycleIT::notifications)).as("mails and SMS to the customer").containsExactly(1, 1);
        CaughtMail reminder = PLATFORM.mails().messagesTo(customer.email()).get(0);
        assertThat(reminder.subject()).contains(number());
        assertThat(reminder.text()).contains(number());
        assertThat(PLATFORM.sms().sentTo(customer.phone()).get(0).text()).contains(number());
        assertThat(invoice(accountant).path("status").asString()).isEqualTo("overdue");
        try (KafkaEvents accounts = events(AccountOverdue.CONTRACT)) {
            AccountOverdue overdue = ContractJson.read(accounts.awaitAtLeast(1,
                    ofType(AccountOverdue.CONTRACT).and(keyed(contract.id())), ASYNC).get(0).value(),
                    AccountOverdue.class);
            assertThat(overdue.clientId().toString()).isEqualTo(customer.client());
            assertThat(overdue.oldestInvoiceNumber()).isEqualTo(number());
            assertThat(overdue.balances()).singleElement().satisfies(balance -> {
                assertThat(balance.currency()).isEqualTo("USD");
                assertThat(balance.amount()).isEqualByComparingTo(TOTAL);
            });

            // Each step is sent once per invoice: a second pass finds nothing left to send or report.
            JsonNode again = dunningPass(accountant);
            assertThat(again.path("sent").asInt()).as("a second pass: %s", again).isZero();
            assertThat(again.path("accounts_reported").asInt()).as("a second pass: %s", again).isZero();
            assertThat(settled(BillingCycleIT::notifications)).as("mails and SMS after a second pass")
                    .containsExactly(1, 1);
            assertThat(accounts.readAll(QUIET).stream().filter(ofType(AccountOverdue.CONTRACT)
                    .and(keyed(contract.id())))).hasSize(1);
        }
    }

    @Test
    @Order(4)
    void aCashPaymentOfTheTotalPaysTheInvoiceAndSettlesTheAccount() {
        requireInvoice();
        String accountant = accountant();
        Map<String, String> cash = Map.of("client", customer.client(), "amount", TOTAL, "currency", "USD",
                "method", "cash", "received_on", LocalDate.now(KINSHASA).toString());
        String key = UUID.randomUUID().toString();

        Api.Reply paid = gateway().post("/api/billing/payments/", cash).as(accountant).header(IDEMPOTENCY_KEY, key)
                .send();

        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        String payment = paid.json().path("id").asString();
        assertThat(paid.json().path("number").asString()).matches("PAY-\\d{4}-\\d{6}");
        assertThat(paid.json().path("status").asString()).isEqualTo("confirmed");
        assertThat(paid.json().path("credit").asString()).isEqualTo("0.00");
        assertThat(paid.json().path("allocations").valueStream()).singleElement().satisfies(allocation -> {
            assertThat(allocation.path("invoice").asString()).isEqualTo(invoiceId());
            assertThat(allocation.path("settled").asString()).isEqualTo(TOTAL);
        });
        Api.Reply retried = gateway().post("/api/billing/payments/", cash).as(accountant)
                .header(IDEMPOTENCY_KEY, key).send();
        assertThat(retried.header("Idempotency-Replayed")).as("a retry: %s", retried).isEqualTo("true");
        assertThat(retried.json().path("id").asString()).as("a retry: %s", retried).isEqualTo(payment);
        try (KafkaEvents payments = events(PaymentReceived.CONTRACT)) {
            PaymentReceived received = ContractJson.read(payments.awaitAtLeast(1, ofType(PaymentReceived.CONTRACT)
                    .and(keyed(payment)), ASYNC).get(0).value(), PaymentReceived.class);
            assertThat(received.clientId().toString()).isEqualTo(customer.client());
            assertThat(received.amount()).isEqualByComparingTo(TOTAL);
            assertThat(received.method()).isEqualTo("cash");
            assertThat(received.allocations()).singleElement().satisfies(allocation -> {
                assertThat(allocation.invoiceId().toString()).isEqualTo(invoiceId());
                assertThat(allocation.amount()).isEqualByComparingTo(TOTAL);
            });
            assertThat(payments.readAll(QUIET).stream().filter(ofType(PaymentReceived.CONTRACT).and(keyed(payment))))
                    .as("PaymentReceived of a payment sent twice").hasSize(1);
        }
        try (KafkaEvents invoices = events(InvoicePaid.CONTRACT)) {
            InvoicePaid settled = ContractJson.read(invoices.awaitAtLeast(1, ofType(InvoicePaid.CONTRACT)
                    .and(keyed(invoiceId())), ASYNC).get(0).value(), InvoicePaid.class);
            assertThat(settled.number()).isEqualTo(number());
            assertThat(settled.contractId().toString()).isEqualTo(contract.id());
            assertThat(settled.total()).isEqualByComparingTo(TOTAL);
            assertThat(settled.lastPaymentId()).as("the payment, when the event names one").isIn(null,
                    UUID.fromString(payment));
        }
        try (KafkaEvents accounts = events(AccountSettled.CONTRACT)) {
            AccountSettled settled = ContractJson.read(accounts.awaitAtLeast(1, ofType(AccountSettled.CONTRACT)
                    .and(keyed(contract.id())), ASYNC)
                    .get(0).value(), AccountSettled.class);
            assertThat(settled.clientId().toString()).isEqualTo(customer.client());
            assertThat(settled.paymentId()).as("the payment, when the event names one").isIn(null,
                    UUID.fromString(payment));
        }
        JsonNode after = invoice(accountant);
        assertThat(after.path("status").asString()).isEqualTo("paid");
        assertThat(after.path("amount_paid").asString()).isEqualTo(TOTAL);
        assertThat(after.path("balance").asString()).isEqualTo("0.00");
    }

    @Test
    @Order(5)
    void theCustomerDownloadsTheInvoiceAsAPdfAndAnotherCustomerCannot() {
        requireInvoice();

        HttpResponse<byte[]> own = pdf(customer());
        HttpResponse<byte[]> other = pdf(stranger());

        assertThat(own.statusCode()).as(new String(own.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(own.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/pdf"));
        assertThat(own.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).contains(number() + ".pdf"));
        assertThat(Arrays.copyOf(own.body(), 5)).isEqualTo("%PDF-".getBytes(StandardCharsets.US_ASCII));
        assertThat(other.statusCode()).as(new String(other.body(), StandardCharsets.UTF_8)).isEqualTo(404);
    }

    /** Starts a run of {@link #PERIOD}, waits for its end, and answers the contract's invoice if there is one. */
    private static Optional<JsonNode> completedRunThenInvoices(String accountant) {
        completedRun(accountant);
        JsonNode page = invoicesOfContract(accountant);
        return page.path("count").asInt() == 0 ? Optional.empty() : Optional.of(page.path("results").get(0));
    }

    private static JsonNode completedRun(String accountant) {
        return BillingRuns.completedRun(gateway(), accountant, PERIOD);
    }

    private static JsonNode invoicesOfContract(String accountant) {
        return BillingRuns.invoicesOfContract(gateway(), accountant, contract.id());
    }

    private static JsonNode invoice(String token) {
        Api.Reply reply = gateway().get("/api/billing/invoices/" + invoiceId() + "/").as(token).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    /** What the pass did. */
    private static JsonNode dunningPass(String accountant) {
        Api.Reply pass = gateway().post("/api/billing/dunning/passes/", Map.of()).as(accountant)
                .header(IDEMPOTENCY_KEY, UUID.randomUUID().toString()).send();
        assertThat(pass.status()).as(pass.toString()).isEqualTo(200);
        return pass.json();
    }

    /** How many mails and SMS the customer got. */
    private static List<Integer> notifications() {
        return List.of(PLATFORM.mails().messagesTo(customer.email()).size(),
                PLATFORM.sms().sentTo(customer.phone()).size());
    }

    /** What {@code value} answers once it has not changed for {@link #QUIET} (a negative needs some waiting). */
    private static <T> T settled(Supplier<T> value) {
        long deadline = System.nanoTime() + ASYNC.toNanos();
        T last = value.get();
        long since = System.nanoTime();
        while (System.nanoTime() - since < QUIET.toNanos()) {
            assertThat(System.nanoTime() - deadline).as("still changing after %s: %s", ASYNC, last).isNegative();
            pause();
            T now = value.get();
            if (!now.equals(last)) {
                last = now;
                since = System.nanoTime();
            }
        }
        return last;
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<byte[]> pdf(String token) {
        return Documents.pdf(PLATFORM.gatewayUrl() + "/api/billing/invoices/" + invoiceId() + "/pdf/", token);
    }

    /** A reader of the event's topic from its beginning, as the broker's admin. */
    private static KafkaEvents events(EventContract<?> contract) {
        return KafkaEvents.on(PLATFORM.kafkaBootstrapServers(), contract.topic());
    }

    private static Predicate<ReceivedEvent> ofType(EventContract<?> contract) {
        return event -> contract.type().equals(event.header(CloudEventHeaders.TYPE));
    }

    /** Events of one aggregate (an invoice, a payment; a contract's account): the key is its id. */
    private static Predicate<ReceivedEvent> keyed(String aggregateId) {
        return event -> aggregateId.equals(event.key());
    }

    private static void requireInvoice() {
        assumeTrue(invoice != null, "no invoice was issued: see the first step");
    }

    private static String invoiceId() {
        return invoice.path("id").asString();
    }

    private static String number() {
        return invoice.path("number").asString();
    }

    private static String accountant() {
        return Customers.signIn(gateway(), "comptable@mwolo.local", "comptable123");
    }

    private static String customer() {
        return Customers.signIn(gateway(), customer.email(), customer.password());
    }

    private static String stranger() {
        return Customers.signIn(gateway(), stranger.email(), stranger.password());
    }

    private static Api gateway() {
        return new Api(PLATFORM.gatewayUrl());
    }
}
