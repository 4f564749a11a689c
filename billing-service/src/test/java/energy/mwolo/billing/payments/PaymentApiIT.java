package energy.mwolo.billing.payments;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.billing.AbstractApiIT;
import energy.mwolo.billing.Tokens;
import energy.mwolo.billing.kernel.BusinessTime;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.KafkaEvents;
import energy.mwolo.platformtest.ReceivedEvent;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Payments recorded, confirmed, failed and allocated through HTTP; invoices, credit and events that follow. */
class PaymentApiIT extends AbstractApiIT {

    private static final LocalDate LONG_AGO = LocalDate.of(2025, 1, 1);
    private static final Duration WAIT = Duration.ofSeconds(30);

    private LocalDate today;

    @BeforeEach
    void theDaysRate() {
        rateOfToday();
        today = BusinessTime.system().today();
    }

    private Api.Reply post(String path, Object body) {
        return api.post(path, body).as(Tokens.accountant()).header("Idempotency-Key", key()).send();
    }

    /** An issued invoice of a flat fee: {@code fee} + 16 % VAT. */
    private JsonNode invoice(UUID client, String fee, String currency, String period) {
        UUID contract = contract(client, "monthly_flat_fee", fee, null, null, currency, LONG_AGO, null);
        Api.Reply drafted = post("/api/billing/invoices/", Map.of("contract", contract.toString(), "period", period));
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        Api.Reply issued = post("/api/billing/invoices/" + drafted.json().path("id").asString() + "/issue/", null);
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        return issued.json();
    }

    private Map<String, Object> payment(UUID client, String amount, String currency, String method) {
        Map<String, Object> body = new HashMap<>();
        body.put("client", client.toString());
        body.put("amount", amount);
        body.put("currency", currency);
        body.put("method", method);
        body.put("received_on", today.toString());
        return body;
    }

    private JsonNode paid(Map<String, Object> body) {
        Api.Reply reply = post("/api/billing/payments/", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    /** A payment of 1160.00 CDF (a 1000 CDF invoice with its tax) naming {@code invoice}. */
    private JsonNode paidFor(JsonNode invoice, UUID client, String method) {
        Map<String, Object> body = payment(client, "1160.00", "CDF", method);
        body.put("invoices", List.of(invoice.path("id").asString()));
        return paid(body);
    }

    private JsonNode invoiceNow(String id) {
        return api.get("/api/billing/invoices/" + id + "/").as(Tokens.accountant()).send().json();
    }

    private BigDecimal creditRows(UUID client) {
        return jdbc.sql("select coalesce(sum(amount), 0) from client_credits where client_id = ?").param(client)
                .query(BigDecimal.class).single();
    }

    @Test
    void cashPaysTheOldestInvoicesFirstLeavesTheRestAsCreditAndPublishesPaymentReceived() {
        UUID client = client();
        JsonNode older = invoice(client, "1000", "CDF", "2026-01");
        JsonNode newer = invoice(client, "1000", "CDF", "2026-02");

        JsonNode payment = paid(payment(client, "2000.00", "CDF", "cash"));

        assertThat(payment.path("number").asString()).matches("PAY-" + today.getYear() + "-\\d{6}");
        assertThat(payment.path("status").asString()).isEqualTo("confirmed");
        assertThat(payment.path("allocations")).hasSize(2);
        assertThat(payment.path("allocations").get(0).path("invoice").asString())
                .isEqualTo(older.path("id").asString());
        assertThat(payment.path("allocations").get(0).path("settled").asString()).isEqualTo("1160.00");
        assertThat(payment.path("allocations").get(1).path("settled").asString()).isEqualTo("840.00");
        assertThat(payment.path("credit").asString()).isEqualTo("0.00");
        assertThat(invoiceNow(older.path("id").asString()).path("status").asString()).isEqualTo("paid");
        JsonNode second = invoiceNow(newer.path("id").asString());
        assertThat(second.path("status").asString()).isEqualTo("partially_paid");
        assertThat(second.path("balance").asString()).isEqualTo("320.00");

        JsonNode over = paid(payment(client, "500.00", "CDF", "card"));
        assertThat(over.path("status").asString()).isEqualTo("confirmed");
        assertThat(over.path("credit").asString()).isEqualTo("180.00");
        assertThat(creditRows(client)).isEqualByComparingTo("180.00");

        String id = payment.path("id").asString();
        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), "billing.payment.events")) {
            JsonNode received = json(events.awaitAtLeast(1, e -> id.equals(e.key())
                    && "billing.PaymentReceived".equals(e.header("ce_type")), WAIT).get(0).value());
            assertThat(received.path("reference").asString()).isEqualTo(payment.path("number").asString());
            assertThat(received.path("allocations")).hasSize(2);
            assertThat(received.path("allocations").get(0).path("invoice_number").asString())
                    .isEqualTo(older.path("number").asString());
            assertThat(received.path("credit_amount").asString()).isEqualTo("0.00");
        }
        String olderId = older.path("id").asString();
        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), "billing.invoice.events")) {
            List<ReceivedEvent> paid = events.awaitAtLeast(1, e -> olderId.equals(e.key())
                    && "billing.InvoicePaid".equals(e.header("ce_type")), WAIT);
            assertThat(paid).hasSize(1);
            assertThat(json(paid.get(0).value()).path("last_payment_id").asString()).isEqualTo(id);
        }
    }

    @Test
    void aBankTransferWaitsForTheBankThenIsAllocatedOrFailsOnce() {
        UUID client = client();
        JsonNode invoice = invoice(client, "1000", "CDF", "2026-01");
        Map<String, Object> body = payment(client, "1160.00", "CDF", "bank_transfer");
        body.put("reference", "VIR-2026-77");

        JsonNode pending = paid(body);
        assertThat(pending.path("status").asString()).isEqualTo("pending");
        assertThat(pending.path("allocations")).isEmpty();
        assertThat(invoiceNow(invoice.path("id").asString()).path("balance").asString()).isEqualTo("1160.00");

        String id = pending.path("id").asString();
        Api.Reply confirmed = post("/api/billing/payments/" + id + "/confirm/", null);
        Api.Reply again = post("/api/billing/payments/" + id + "/confirm/", null);
        Api.Reply failedAfter = post("/api/billing/payments/" + id + "/fail/", Map.of("reason", "declined"));

        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.json().path("status").asString()).isEqualTo("confirmed");
        assertThat(invoiceNow(invoice.path("id").asString()).path("status").asString()).isEqualTo("paid");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("billing.payment.transition");
        assertThat(failedAfter.status()).isEqualTo(409);

        String other = paid(payment(client, "50.00", "CDF", "bank_transfer")).path("id").asString();
        Api.Reply badReason = post("/api/billing/payments/" + other + "/fail/", Map.of("reason", "bof"));
        Api.Reply failed = post("/api/billing/payments/" + other + "/fail/", Map.of("reason", "insufficient_funds"));
        assertThat(badReason.status()).isEqualTo(400);
        assertThat(badReason.code()).isEqualTo("billing.payment.failure_reason");
        assertThat(failed.status()).as(failed.toString()).isEqualTo(200);
        assertThat(failed.json().path("status").asString()).isEqualTo("failed");
        assertThat(failed.json().path("credit").asString()).isEqualTo("0.00");
        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), "billing.payment.events")) {
            JsonNode event = json(events.awaitAtLeast(1, e -> other.equals(e.key())
                    && "billing.PaymentFailed".equals(e.header("ce_type")), WAIT).get(0).value());
            assertThat(event.path("reason").asString()).isEqualTo("insufficient_funds");
            assertThat(event.path("method").asString()).isEqualTo("bank_transfer");
        }
    }

    @Test
    void aTransferForAnInvoiceCancelledMeanwhileIsStillConfirmedAndKeptAsCredit() {
        UUID client = client();
        JsonNode invoice = invoice(client, "1000", "CDF", "2026-01");
        String id = paidFor(invoice, client, "bank_transfer").path("id").asString();
        assertThat(post("/api/billing/invoices/" + invoice.path("id").asString() + "/cancel/",
                Map.of("reason", "Erreur de tarif")).status()).isEqualTo(201);

        Api.Reply confirmed = post("/api/billing/payments/" + id + "/confirm/", null);

        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.json().path("allocations")).isEmpty();
        assertThat(confirmed.json().path("credit").asString()).isEqualTo("1160.00");
        assertThat(creditRows(client)).isEqualByComparingTo("1160.00");
    }

    @Test
    void cancellingAPaidInvoiceGivesThePaymentBackAsCreditWhichPaysTheNextInvoice() {
        UUID client = client();
        JsonNode invoice = invoice(client, "1000", "CDF", "2026-01");
        JsonNode payment = paidFor(invoice, client, "cash");
        assertThat(payment.path("credit").asString()).isEqualTo("0.00");

        Api.Reply cancelled = post("/api/billing/invoices/" + invoice.path("id").asString() + "/cancel/",
                Map.of("reason", "Erreur de tarif"));

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(201);
        Api.Reply balances = api.get("/api/billing/balances/").as(Tokens.clientOf(client)).send();
        assertThat(balances.status()).as(balances.toString()).isEqualTo(200);
        Map<String, JsonNode> byCurrency = new HashMap<>();
        balances.json().path("balances").forEach(b -> byCurrency.put(b.path("currency").asString(), b));
        assertThat(byCurrency.get("CDF").path("credit").asString()).isEqualTo("1160.00");
        assertThat(jdbc.sql("select amount from client_credits where client_id = ? and invoice_id = ?")
                .param(client).param(UUID.fromString(invoice.path("id").asString())).query(BigDecimal.class)
                .single()).isEqualByComparingTo("1160.00");
        assertThat(api.get("/api/billing/payments/" + payment.path("id").asString() + "/").as(Tokens.accountant())
                .send().json().path("credit").asString()).isEqualTo("1160.00");

        JsonNode next = invoice(client, "1000", "CDF", "2026-02");

        assertThat(invoiceNow(next.path("id").asString()).path("status").asString()).isEqualTo("paid");
        assertThat(creditRows(client)).isEqualByComparingTo("0.00");
    }

    @Test
    void namedInvoicesArePaidInTheOrderGivenAndADollarPaymentConvertsAtTheDaysRate() {
        UUID client = client();
        JsonNode first = invoice(client, "1000", "CDF", "2026-01");
        JsonNode second = invoice(client, "1000", "CDF", "2026-02");
        Map<String, Object> body = payment(client, "1.00", "USD", "cash");
        body.put("invoices", List.of(second.path("id").asString()));

        JsonNode payment = paid(body);

        assertThat(payment.path("exchange_rate").asString()).isEqualTo("2800.0000");
        assertThat(payment.path("allocations")).hasSize(1);
        assertThat(payment.path("allocations").get(0).path("invoice").asString())
                .isEqualTo(second.path("id").asString());
        assertThat(payment.path("allocations").get(0).path("taken").asString()).isEqualTo("0.41");
        assertThat(payment.path("allocations").get(0).path("settled").asString()).isEqualTo("1160.00");
        assertThat(payment.path("credit").asString()).isEqualTo("0.59");
        assertThat(invoiceNow(first.path("id").asString()).path("balance").asString()).isEqualTo("1160.00");
    }

    @Test
    void badInputIsAClearProblemAndNothingIsRecorded() {
        UUID client = client();
        UUID stranger = client();
        JsonNode strangers = invoice(stranger, "1000", "CDF", "2026-01");
        JsonNode cancelled = invoice(client, "1000", "CDF", "2026-02");
        assertThat(post("/api/billing/invoices/" + cancelled.path("id").asString() + "/cancel/",
                Map.of("reason", "Erreur")).status()).isEqualTo(201);

        Api.Reply negative = post("/api/billing/payments/", payment(client, "-5.00", "CDF", "cash"));
        Api.Reply zero = post("/api/billing/payments/", payment(client, "0", "CDF", "cash"));
        Api.Reply tooPrecise = post("/api/billing/payments/", payment(client, "1.005", "CDF", "cash"));
        Api.Reply currency = post("/api/billing/payments/", payment(client, "10.00", "EUR", "cash"));
        Api.Reply method = post("/api/billing/payments/", payment(client, "10.00", "CDF", "cheque"));
        Api.Reply mobile = post("/api/billing/payments/", payment(client, "10.00", "CDF", "mobile_money"));
        Api.Reply unknownClient = post("/api/billing/payments/", payment(UUID.randomUUID(), "10.00", "CDF", "cash"));
        Map<String, Object> toStranger = payment(client, "10.00", "CDF", "cash");
        toStranger.put("invoices", List.of(strangers.path("id").asString()));
        Api.Reply anotherClients = post("/api/billing/payments/", toStranger);
        Map<String, Object> toCancelled = payment(client, "10.00", "CDF", "cash");
        toCancelled.put("invoices", List.of(cancelled.path("id").asString()));
        Api.Reply cancelledInvoice = post("/api/billing/payments/", toCancelled);

        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.code()).isEqualTo("billing.amount.not_positive");
        assertThat(negative.fieldsInError()).containsExactly("amount");
        assertThat(zero.status()).isEqualTo(400);
        assertThat(tooPrecise.status()).isEqualTo(400);
        assertThat(currency.status()).isEqualTo(400);
        assertThat(currency.code()).isEqualTo("billing.currency.unknown");
        assertThat(method.status()).isEqualTo(400);
        assertThat(mobile.status()).isEqualTo(400);
        assertThat(mobile.code()).isEqualTo("billing.payment.method_not_entered");
        assertThat(unknownClient.status()).isEqualTo(422);
        assertThat(unknownClient.code()).isEqualTo("billing.payment.client_unknown");
        assertThat(anotherClients.status()).isEqualTo(422);
        assertThat(anotherClients.code()).isEqualTo("billing.payment.invoice_other_client");
        assertThat(cancelledInvoice.status()).isEqualTo(409);
        assertThat(cancelledInvoice.code()).isEqualTo("billing.payment.invoice_not_open");
        assertThat(jdbc.sql("select count(*) from payments where client_id = ?").param(client).query(Long.class)
                .single()).isZero();
    }

    /** A confirmed cash payment of {@code amount} that pays only {@code invoice}: the rest is its credit. */
    private String creditFrom(UUID client, String amount, JsonNode invoice) {
        Map<String, Object> body = payment(client, amount, "CDF", "cash");
        body.put("invoices", List.of(invoice.path("id").asString()));
        return paid(body).path("id").asString();
    }

    @Test
    void creditGoesOnANamedInvoiceWithinTheCreditAndTheBalanceAndPaysTheNextInvoiceIssued() {
        UUID client = client();
        JsonNode small = invoice(client, "100", "CDF", "2026-01");
        JsonNode target = invoice(client, "500", "CDF", "2026-02");
        JsonNode strangers = invoice(client(), "1000", "CDF", "2026-01");
        String payment = creditFrom(client, "1000.00", small);
        String path = "/api/billing/payments/" + payment + "/allocations/";

        Api.Reply beyondCredit = post(path, Map.of("invoice", target.path("id").asString(), "amount", "884.01"));
        Api.Reply beyondBalance = post(path, Map.of("invoice", target.path("id").asString(), "amount", "580.01"));
        Api.Reply toStranger = post(path, Map.of("invoice", strangers.path("id").asString(), "amount", "1.00"));
        Api.Reply zero = post(path, Map.of("invoice", target.path("id").asString(), "amount", "0"));
        Api.Reply ok = post(path, Map.of("invoice", target.path("id").asString(), "amount", "580.00"));
        Api.Reply paidInvoice = post(path, Map.of("invoice", target.path("id").asString(), "amount", "1.00"));

        assertThat(beyondCredit.status()).isEqualTo(422);
        assertThat(beyondCredit.code()).isEqualTo("billing.payment.credit_exceeded");
        assertThat(beyondBalance.status()).isEqualTo(422);
        assertThat(beyondBalance.code()).isEqualTo("billing.payment.allocation_exceeds_balance");
        assertThat(toStranger.status()).isEqualTo(422);
        assertThat(toStranger.code()).isEqualTo("billing.payment.invoice_other_client");
        assertThat(zero.status()).isEqualTo(400);
        assertThat(ok.status()).as(ok.toString()).isEqualTo(201);
        assertThat(ok.json().path("credit").asString()).isEqualTo("304.00");
        assertThat(ok.json().path("allocations")).hasSize(2);
        assertThat(invoiceNow(target.path("id").asString()).path("status").asString()).isEqualTo("paid");
        assertThat(paidInvoice.status()).isEqualTo(409);
        assertThat(paidInvoice.code()).isEqualTo("billing.payment.invoice_not_open");
        assertThat(creditRows(client)).isEqualByComparingTo("304.00");

        JsonNode next = invoice(client, "100", "CDF", "2026-03");

        JsonNode settled = invoiceNow(next.path("id").asString());
        assertThat(settled.path("status").asString()).isEqualTo("paid");
        assertThat(settled.path("amount_paid").asString()).isEqualTo("116.00");
        assertThat(creditRows(client)).isEqualByComparingTo("188.00");
        JsonNode after = api.get("/api/billing/payments/" + payment + "/").as(Tokens.accountant()).send().json();
        assertThat(after.path("credit").asString()).isEqualTo("188.00");
        assertThat(after.path("allocations").get(2).path("invoice_number").asString())
                .isEqualTo(settled.path("number").asString());
    }

    @Test
    void twoAccountantsAllocatingOnePaymentAtOnceNeverSpendMoreThanItsCredit() throws Exception {
        UUID client = client();
        JsonNode small = invoice(client, "100", "CDF", "2026-01");
        JsonNode first = invoice(client, "1000", "CDF", "2026-02");
        JsonNode second = invoice(client, "1000", "CDF", "2026-03");
        String payment = creditFrom(client, "1000.00", small);
        String path = "/api/billing/payments/" + payment + "/allocations/";

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (JsonNode target : List.of(first, second)) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return post(path, Map.of("invoice", target.path("id").asString(), "amount", "700.00"));
                }));
            }
            start.countDown();
            for (Future<Api.Reply> reply : replies) {
                statuses.add(reply.get().status());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses).containsExactlyInAnyOrder(201, 422);
        JsonNode after = api.get("/api/billing/payments/" + payment + "/").as(Tokens.accountant()).send().json();
        assertThat(after.path("credit").asString()).isEqualTo("184.00");
        assertThat(after.path("allocations")).hasSize(2);
        BigDecimal paidOnBoth = jdbc.sql("select sum(amount_paid) from invoices where id in (?, ?)")
                .params(UUID.fromString(first.path("id").asString()), UUID.fromString(second.path("id").asString()))
                .query(BigDecimal.class).single();
        assertThat(paidOnBoth).isEqualByComparingTo("700.00");
        assertThat(creditRows(client)).isEqualByComparingTo("184.00");
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerAndRecordsOnePayment() {
        UUID client = client();
        String key = key();
        Map<String, Object> body = payment(client, "100.00", "USD", "cash");
        String accountant = Tokens.accountant();

        Api.Reply first = api.post("/api/billing/payments/", body).as(accountant)
                .header("Idempotency-Key", key).send();
        Api.Reply retry = api.post("/api/billing/payments/", body).as(accountant)
                .header("Idempotency-Key", key).send();
        Api.Reply withoutKey = api.post("/api/billing/payments/", body).as(Tokens.accountant()).send();

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(retry.json().path("id").asString()).isEqualTo(first.json().path("id").asString());
        assertThat(withoutKey.status()).isEqualTo(400);
        assertThat(withoutKey.code()).isEqualTo("idempotency.key_required");
        assertThat(jdbc.sql("select count(*) from payments where client_id = ?").param(client).query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void balancesAndTheStatementShowWhatIsOwedPerCurrency() {
        UUID client = client();
        JsonNode francs = invoice(client, "1000", "CDF", "2026-01");
        JsonNode dollars = invoice(client, "10", "USD", "2026-01");
        Map<String, Object> body = payment(client, "500.00", "CDF", "cash");
        body.put("invoices", List.of(francs.path("id").asString()));
        JsonNode payment = paid(body);
        Map<String, Object> inDollars = payment(client, "20.00", "USD", "cash");
        inDollars.put("invoices", List.of(dollars.path("id").asString()));
        paid(inDollars);

        Api.Reply balances = api.get("/api/billing/balances/?client=" + client).as(Tokens.salesAgent()).send();

        assertThat(balances.status()).as(balances.toString()).isEqualTo(200);
        Map<String, JsonNode> byCurrency = new HashMap<>();
        balances.json().path("balances").forEach(b -> byCurrency.put(b.path("currency").asString(), b));
        assertThat(byCurrency.get("CDF").path("open").asString()).isEqualTo("660.00");
        assertThat(byCurrency.get("CDF").path("overdue").asString()).isEqualTo("0.00");
        assertThat(byCurrency.get("USD").path("open").asString()).isEqualTo("0.00");
        assertThat(byCurrency.get("USD").path("credit").asString()).isEqualTo("8.40");
        assertThat(byCurrency.get("USD").path("due").asString()).isEqualTo("-8.40");
        assertThat(balances.json().path("contracts")).hasSize(1);

        Api.Reply statement = api.get("/api/billing/clients/" + client + "/statement/?from=" + today + "&to="
                + today).as(Tokens.clientOf(client)).send();

        assertThat(statement.status()).as(statement.toString()).isEqualTo(200);
        JsonNode cdf = null;
        for (JsonNode currency : statement.json().path("currencies")) {
            if ("CDF".equals(currency.path("currency").asString())) {
                cdf = currency;
            }
        }
        assertThat(cdf).isNotNull();
        assertThat(cdf.path("opening").asString()).isEqualTo("0.00");
        assertThat(cdf.path("lines").valueStream().map(line -> line.path("kind").asString() + " "
                + line.path("number").asString() + " " + line.path("debit").asString() + " "
                + line.path("credit").asString() + " " + line.path("balance").asString())).containsExactly(
                "invoice " + francs.path("number").asString() + " 1160.00 0.00 1160.00",
                "payment " + payment.path("number").asString() + " 0.00 500.00 660.00");
        assertThat(cdf.path("closing").asString()).isEqualTo("660.00");
    }

    @Test
    void aPaymentForAContractPaysThatContractsInvoicesOnlyAndItsBalanceShowsIt() {
        UUID client = client();
        JsonNode left = invoice(client, "1000", "CDF", "2026-01");
        JsonNode chosen = invoice(client, "1000", "CDF", "2026-02");
        Map<String, Object> body = payment(client, "1160.00", "CDF", "cash");
        body.put("contract", chosen.path("contract").asString());
        Map<String, Object> foreign = payment(client, "1160.00", "CDF", "cash");
        foreign.put("contract", invoice(client(), "1000", "CDF", "2026-01").path("contract").asString());

        JsonNode payment = paid(body);
        Api.Reply refused = post("/api/billing/payments/", foreign);

        assertThat(payment.path("allocations")).hasSize(1);
        assertThat(payment.path("allocations").get(0).path("invoice").asString())
                .isEqualTo(chosen.path("id").asString());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("billing.payment.contract_other_client");
        JsonNode balances = api.get("/api/billing/balances/?contract=" + left.path("contract").asString())
                .as(Tokens.accountant()).send().json();
        assertThat(balances.path("client").asString()).isEqualTo(client.toString());
        assertThat(balances.path("contracts")).hasSize(1);
        assertThat(balances.path("contracts").get(0).path("open").asString()).isEqualTo("1160.00");
        LocalDate tomorrow = today.plusDays(1);
        JsonNode later = api.get("/api/billing/clients/" + client + "/statement/?from=" + tomorrow + "&to="
                + tomorrow).as(Tokens.accountant()).send().json();
        assertThat(later.path("currencies").get(0).path("opening").asString()).isEqualTo("1160.00");
        assertThat(later.path("currencies").get(0).path("lines")).isEmpty();
        assertThat(later.path("currencies").get(0).path("closing").asString()).isEqualTo("1160.00");
    }

    @Test
    void aCustomerReadsItsOwnPaymentsAndAccountOnlyAndNobodyButStaffWrites() {
        UUID client = client();
        UUID other = client();
        String mine = paid(payment(client, "10.00", "USD", "cash")).path("id").asString();
        String theirs = paid(payment(other, "10.00", "USD", "cash")).path("id").asString();
        String customer = Tokens.clientOf(client);

        assertThat(api.get("/api/billing/payments/" + mine + "/").as(customer).send().status()).isEqualTo(200);
        Api.Reply foreign = api.get("/api/billing/payments/" + theirs + "/").as(customer).send();
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.code()).isEqualTo("billing.payment.not_found");
        JsonNode list = api.get("/api/billing/payments/?client=" + other).as(customer).send().json();
        assertThat(list.path("count").asLong()).isZero();
        JsonNode own = api.get("/api/billing/payments/").as(customer).send().json();
        assertThat(own.path("count").asLong()).isEqualTo(1);
        assertThat(own.path("results").get(0).path("id").asString()).isEqualTo(mine);
        assertThat(api.get("/api/billing/balances/?client=" + other).as(customer).send().status()).isEqualTo(404);
        assertThat(api.get("/api/billing/balances/").as(customer).send().status()).isEqualTo(200);
        assertThat(api.get("/api/billing/clients/" + other + "/statement/").as(customer).send().status())
                .isEqualTo(404);
        assertThat(api.get("/api/billing/payments/?client=" + other).as(Tokens.salesAgent()).send().json()
                .path("count").asLong()).isEqualTo(1);

        Api.Reply bySales = api.post("/api/billing/payments/", payment(client, "1.00", "USD", "cash"))
                .as(Tokens.salesAgent()).header("Idempotency-Key", key()).send();
        Api.Reply byCustomer = api.post("/api/billing/payments/", payment(client, "1.00", "USD", "cash"))
                .as(customer).header("Idempotency-Key", key()).send();
        Api.Reply byAdmin = api.post("/api/billing/payments/", payment(client, "1.00", "USD", "cash"))
                .as(Tokens.admin()).header("Idempotency-Key", key()).send();
        assertThat(bySales.status()).isEqualTo(403);
        assertThat(byCustomer.status()).isEqualTo(403);
        assertThat(byAdmin.status()).isEqualTo(201);
    }
}
