package energy.mwolo.billing.mobilemoney.paybill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import energy.mwolo.billing.AbstractApiIT;
import energy.mwolo.billing.Tokens;
import energy.mwolo.billing.mobilemoney.paybill.application.ConfirmingPaybill;
import energy.mwolo.mobilemoney.simulator.Payment;
import energy.mwolo.mobilemoney.simulator.Provider;
import energy.mwolo.mobilemoney.simulator.Scenario;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.Api.Reply;
import energy.mwolo.platformtest.KafkaEvents;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Paybill (C2B) payments the simulated providers notify: confirmed by a status query, matched to the client by an
 * invoice or client number and credited once, or parked for an accountant to assign; one notified while its provider
 * could not be asked is asked about again later; reversals reported after.
 */
class PaybillIT extends AbstractApiIT {

    private static final String UNMATCHED = "/api/billing/mobile-money/unmatched/";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    private MeterRegistry meters;

    @Autowired
    private ConfirmingPaybill confirming;

    @BeforeEach
    void providersNotifyThisService() {
        rateOfToday();
        for (Provider provider : List.of(Provider.MPESA, Provider.AGGREGATOR)) {
            PROVIDERS.configure(provider, settings -> settings.withC2bCallbackUrl("http://localhost:" + port()
                    + "/api/billing/webhooks/" + provider.key() + "/c2b/"));
        }
    }

    @Test
    void aPaymentNamingAnInvoiceIsConfirmedCreditedOnceToItsClientAndPaysThatInvoice() {
        UUID client = client();
        JsonNode invoice = invoice(client);
        String msisdn = unusedNumber("81");
        PROVIDERS.scenarioForMsisdn(msisdn, Scenario.success(Duration.ZERO).withCopies(5));

        Payment paid = PROVIDERS.customerPays(Provider.MPESA, invoice.path("number").asString(), "243" + msisdn,
                new BigDecimal("11.60"), "USD");

        await().atMost(WAIT).until(() -> verdicts(paid.id()).size() == 5);
        assertThat(verdicts(paid.id())).containsOnlyOnce("credited").containsOnly("credited", "already_credited");
        assertThat(payments(paid.id())).containsExactly("confirmed 11.60 USD " + client);
        assertThat(invoiceStatus(invoice.path("id").asString())).isEqualTo("paid");
        assertThat(jdbc.sql("select count(*) from mobile_money_credits where provider_transaction_id = ?")
                .param(paid.id()).query(Long.class).single()).isEqualTo(1);
        assertThat(PROVIDERS.callbacks(paid.id())).extracting(callback -> callback.replyProblem()).containsOnlyNulls();
    }

    @Test
    void aClientNumberTypedLooselyThroughTheAggregatorIsCreditedToThatClient() {
        UUID client = client();
        String number = clientNumber(client);
        String msisdn = unusedNumber("90");
        PROVIDERS.scenarioForMsisdn(msisdn, Scenario.success(Duration.ZERO));

        Payment paid = PROVIDERS.customerPays(Provider.AGGREGATOR, " " + number.toLowerCase().replace("-", " "),
                "+243" + msisdn, new BigDecimal("5.00"), "USD");

        await().atMost(WAIT).until(() -> !verdicts(paid.id()).isEmpty());
        assertThat(verdicts(paid.id())).containsExactly("credited");
        assertThat(payments(paid.id())).containsExactly("confirmed 5.00 USD " + client);
    }

    @Test
    void aPaymentNamingNothingOfOursIsParkedListedForAccountantsAndAssignedOnceWithWhoDidIt() {
        String msisdn = unusedNumber("82");
        PROVIDERS.scenarioForMsisdn(msisdn, Scenario.success(Duration.ZERO));
        Payment paid = PROVIDERS.customerPays(Provider.MPESA, "MAISON ROUGE 12", "243" + msisdn,
                new BigDecimal("20.00"), "USD");
        await().atMost(WAIT).until(() -> !verdicts(paid.id()).isEmpty());
        assertThat(verdicts(paid.id())).containsExactly("held_paybill");
        assertThat(payments(paid.id())).isEmpty();

        Reply listed = api.get(UNMATCHED).as(Tokens.accountant()).send();
        assertThat(listed.status()).isEqualTo(200);
        JsonNode parked = parkedOne(listed.json(), paid.id());
        assertThat(parked.path("reason").asString()).isEqualTo("unmatched");
        assertThat(parked.path("account_reference").asString()).isEqualTo("MAISON ROUGE 12");
        assertThat(parked.path("amount").asString()).isEqualTo("20.00");
        assertThat(parked.path("confirmed").asBoolean()).isTrue();
        assertThat(api.get(UNMATCHED).as(Tokens.salesAgent()).send().status()).isEqualTo(403);
        assertThat(api.get(UNMATCHED).as(Tokens.clientOf(client())).send().status()).isEqualTo(403);

        UUID client = client();
        String assign = UNMATCHED + parked.path("id").asString() + "/assign/";
        Reply assigned = api.post(assign, Map.of("client", client.toString())).as(Tokens.accountant()).send();
        Reply again = api.post(assign, Map.of("client", client().toString())).as(Tokens.admin()).send();

        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        assertThat(assigned.json().path("status").asString()).isEqualTo("credited");
        assertThat(assigned.json().path("client").asString()).isEqualTo(client.toString());
        assertThat(assigned.json().path("assigned_by").asString()).isNotBlank();
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("billing.mobile_money.paybill_already_assigned");
        assertThat(payments(paid.id())).containsExactly("confirmed 20.00 USD " + client);
        assertThat(parkedIds(api.get(UNMATCHED).as(Tokens.accountant()).send().json()))
                .doesNotContain(parked.path("id").asString());
    }

    @Test
    void aPaymentWhoseReferenceNamesTwoClientsIsParkedAsAmbiguousAndAssigningItToNobodyKnownIsRefused() {
        String shared = "CL-2026-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        for (int i = 0; i < 2; i++) {
            jdbc.sql("""
                            insert into crm_clients (id, number, name, status, changed_at)
                            values (?, ?, 'Homonyme', 'active', now())""")
                    .params(UUID.randomUUID(), shared).update();
        }
        String msisdn = unusedNumber("83");
        PROVIDERS.scenarioForMsisdn(msisdn, Scenario.success(Duration.ZERO));

        Payment paid = PROVIDERS.customerPays(Provider.MPESA, shared, "243" + msisdn, new BigDecimal("3.00"), "USD");

        await().atMost(WAIT).until(() -> !verdicts(paid.id()).isEmpty());
        JsonNode parked = parkedOne(api.get(UNMATCHED).as(Tokens.accountant()).send().json(), paid.id());
        assertThat(parked.path("reason").asString()).isEqualTo("ambiguous");
        Reply unknown = api.post(UNMATCHED + parked.path("id").asString() + "/assign/",
                Map.of("client", UUID.randomUUID().toString())).as(Tokens.accountant()).send();
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.code()).isEqualTo("billing.mobile_money.paybill_client_unknown");
        assertThat(api.post(UNMATCHED + UUID.randomUUID() + "/assign/", Map.of("client", client().toString()))
                .as(Tokens.accountant()).send().status()).isEqualTo(404);
    }

    @Test
    void aForgedNotificationOfATransactionTheProviderDoesNotKnowIsNeitherCreditedNorParked() {
        UUID client = client();
        String number = clientNumber(client);
        String transaction = "FORGED" + ThreadLocalRandom.current().nextInt(1_000_000);

        Reply reply = api.post("/api/billing/webhooks/mpesa/c2b/", mpesaNotification(transaction, "INS-0", number,
                "500.00")).send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("output_ResponseCode").asString()).isEqualTo("0");
        // Answered once stored: the callback workers judge it after.
        await().atMost(WAIT).until(() -> !verdicts(transaction).isEmpty());
        assertThat(verdicts(transaction)).containsExactly("unconfirmed");
        assertThat(jdbc.sql("select count(*) from mobile_money_paybill where provider_transaction_id = ?")
                .param(transaction).query(Long.class).single()).isZero();
        assertThat(payments(transaction)).isEmpty();
    }

    @Test
    void aPaymentNotifiedDuringItsProvidersOutageIsParkedUnconfirmedThenCreditedOnceALaterStatusQueryConfirmsIt() {
        UUID client = client();
        JsonNode invoice = invoice(client);
        String msisdn = unusedNumber("81");
        PROVIDERS.scenarioForMsisdn(msisdn, Scenario.success(Duration.ZERO));
        Payment paid;
        try {
            PROVIDERS.configure(Provider.MPESA, settings -> settings.withReachable(false));
            paid = PROVIDERS.customerPays(Provider.MPESA, invoice.path("number").asString(), "243" + msisdn,
                    new BigDecimal("11.60"), "USD");
            await().atMost(WAIT).until(() -> !verdicts(paid.id()).isEmpty());
            askAgainNow(paid.id());
            confirming.checkDue();
        } finally {
            PROVIDERS.configure(Provider.MPESA, settings -> settings.withReachable(true));
        }
        assertThat(verdicts(paid.id())).containsExactly("held_paybill");
        JsonNode parked = parkedOne(api.get(UNMATCHED).as(Tokens.accountant()).send().json(), paid.id());
        assertThat(parked.path("reason").asString()).isEqualTo("unconfirmed");
        assertThat(parked.path("confirmed").asBoolean()).isFalse();
        assertThat(checks(paid.id())).as("one query made during the outage, the next one planned")
                .startsWith("1 ").doesNotEndWith("null");
        assertThat(payments(paid.id())).isEmpty();

        askAgainNow(paid.id());
        confirming.checkDue();
        askAgainNow(paid.id());
        confirming.checkDue();

        assertThat(payments(paid.id())).containsExactly("confirmed 11.60 USD " + client);
        assertThat(invoiceStatus(invoice.path("id").asString())).isEqualTo("paid");
        assertThat(parkedIds(api.get(UNMATCHED).as(Tokens.accountant()).send().json()))
                .doesNotContain(parked.path("id").asString());
        assertThat(checks(paid.id())).as("no query after the confirmation").isEqualTo("2 null");
        assertThat(jdbc.sql("select status from mobile_money_paybill where provider_transaction_id = ?")
                .param(paid.id()).query(String.class).single()).isEqualTo("credited");
    }

    @Test
    void aForgedNotificationStoredDuringAnOutageIsRefusedOnceTheProviderSaysItKnowsNoSuchTransaction() {
        String number = clientNumber(client());
        String transaction = "FORGED" + ThreadLocalRandom.current().nextInt(1_000_000);
        try {
            PROVIDERS.configure(Provider.MPESA, settings -> settings.withReachable(false));
            assertThat(api.post("/api/billing/webhooks/mpesa/c2b/", mpesaNotification(transaction, "INS-0", number,
                    "500.00")).send().status()).isEqualTo(200);
            await().atMost(WAIT).until(() -> !verdicts(transaction).isEmpty());
        } finally {
            PROVIDERS.configure(Provider.MPESA, settings -> settings.withReachable(true));
        }
        String id = parkedOne(api.get(UNMATCHED).as(Tokens.accountant()).send().json(), transaction)
                .path("id").asString();
        Reply early = api.post(UNMATCHED + id + "/assign/", Map.of("client", client().toString()))
                .as(Tokens.accountant()).send();

        askAgainNow(transaction);
        confirming.checkDue();

        assertThat(early.status()).as("asked at assignment: unknown to the provider").isEqualTo(409);
        assertThat(early.code()).isEqualTo("billing.mobile_money.paybill_unconfirmed");
        assertThat(jdbc.sql("select status from mobile_money_paybill where provider_transaction_id = ?")
                .param(transaction).query(String.class).single()).isEqualTo("refused");
        assertThat(parkedIds(api.get(UNMATCHED).as(Tokens.accountant()).send().json())).doesNotContain(id);
        assertThat(checks(transaction)).isEqualTo("1 null");
        assertThat(payments(transaction)).isEmpty();
    }

    @Test
    void aReversalReportedAfterAPaybillCreditIsToldOnceAndReversesNothing() {
        UUID client = client();
        String number = clientNumber(client);
        String msisdn = unusedNumber("81");
        PROVIDERS.scenarioForMsisdn(msisdn, Scenario.success(Duration.ZERO));
        Payment paid = PROVIDERS.customerPays(Provider.MPESA, number, "243" + msisdn, new BigDecimal("8.00"), "USD");
        await().atMost(WAIT).until(() -> verdicts(paid.id()).contains("credited"));
        double before = reversalsCounted();

        for (int i = 0; i < 2; i++) {
            assertThat(api.post("/api/billing/webhooks/mpesa/c2b/", mpesaNotification(paid.id(), "INS-6", number,
                    "8.00")).send().status()).isEqualTo(200);
        }

        await().atMost(WAIT).until(() -> verdicts(paid.id()).size() == 3);
        assertThat(verdicts(paid.id())).containsExactly("credited", "contradicts_success", "contradicts_success");
        assertThat(payments(paid.id())).containsExactly("confirmed 8.00 USD " + client);
        assertThat(reversalsCounted() - before).isEqualTo(1.0);
        String paymentId = jdbc.sql("select id::text from payments where provider_transaction_id = ?")
                .param(paid.id()).query(String.class).single();
        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), "billing.payment.events")) {
            events.awaitAtLeast(1, event -> paymentId.equals(event.key())
                    && "billing.MobileMoneyReversalReported".equals(event.header("ce_type")), WAIT);
            List<JsonNode> alerts = events.readAll(Duration.ofMillis(500)).stream()
                    .filter(event -> paymentId.equals(event.key())
                            && "billing.MobileMoneyReversalReported".equals(event.header("ce_type")))
                    .map(event -> json(event.value())).toList();
            assertThat(alerts).hasSize(1);
            assertThat(alerts.get(0).path("provider_transaction_id").asString()).isEqualTo(paid.id());
            assertThat(alerts.get(0).path("client_id").asString()).isEqualTo(client.toString());
            assertThat(alerts.get(0).path("amount").asString()).isEqualTo("8.00");
            assertThat(alerts.get(0).path("request_id").isMissingNode() || alerts.get(0).path("request_id").isNull())
                    .isTrue();
        }
    }

    private String mpesaNotification(String transaction, String code, String account, String amount) {
        return "{\"input_OriginalConversationID\":\"c2b-" + transaction + "\",\"input_TransactionID\":\""
                + transaction + "\",\"input_ResultCode\":\"" + code + "\",\"input_ResultDesc\":\"test\","
                + "\"input_BillReference\":\"" + account + "\",\"input_Amount\":\"" + amount + "\","
                + "\"input_Currency\":\"USD\",\"input_CustomerMSISDN\":\"243812345678\","
                + "\"input_ServiceProviderCode\":\"000000\",\"input_TransactionTime\":\"20261204101500\"}";
    }

    /** Makes the next status query of this paybill payment due now (the first one is 30 s after its arrival). */
    private void askAgainNow(String transaction) {
        jdbc.sql("""
                        update mobile_money_paybill set next_check_at = now()
                        where provider_transaction_id = ? and next_check_at is not null""")
                .param(transaction).update();
    }

    /** Status queries made, and when the next one is due (null: none). */
    private String checks(String transaction) {
        return jdbc.sql("select checks_made || ' ' || coalesce(next_check_at::text, 'null') from mobile_money_paybill "
                        + "where provider_transaction_id = ?").param(transaction).query(String.class).single();
    }

    private String clientNumber(UUID client) {
        return jdbc.sql("select number from crm_clients where id = ?").param(client).query(String.class).single();
    }

    private double reversalsCounted() {
        return meters.counter("billing.mobile_money.reversals_reported", "provider", "mpesa").count();
    }

    private JsonNode invoice(UUID client) {
        UUID contract = contract(client, "monthly_flat_fee", "10", null, null, "USD", LocalDate.of(2025, 1, 1),
                null);
        Api.Reply drafted = api.post("/api/billing/invoices/", Map.of("contract", contract.toString(),
                "period", "2026-01")).as(Tokens.accountant()).header("Idempotency-Key", key()).send();
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        Api.Reply issued = api.post("/api/billing/invoices/" + drafted.json().path("id").asString() + "/issue/",
                null).as(Tokens.accountant()).header("Idempotency-Key", key()).send();
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        return issued.json();
    }

    private String invoiceStatus(String id) {
        return jdbc.sql("select status from invoices where id = ?::uuid").param(id).query(String.class).single();
    }

    private static JsonNode parkedOne(JsonNode list, String transaction) {
        for (JsonNode parked : list) {
            if (parked.path("provider_transaction_id").asString().equals(transaction)) {
                return parked;
            }
        }
        throw new AssertionError("No parked payment " + transaction + " in " + list);
    }

    private static List<String> parkedIds(JsonNode list) {
        return list.valueStream().map(parked -> parked.path("id").asString()).toList();
    }

    /** The mobile-money payments of this provider transaction: status, amount, currency, client. */
    private List<String> payments(String transaction) {
        return jdbc.sql("""
                        select status || ' ' || amount || ' ' || currency || ' ' || client_id from payments
                        where method = 'mobile_money' and provider_transaction_id = ?""")
                .param(transaction).query(String.class).list();
    }

    private List<String> verdicts(String transaction) {
        return jdbc.sql("""
                        select verdict from mobile_money_callbacks where body like ? and verdict is not null
                        order by id""")
                .param("%" + transaction + "%").query(String.class).list();
    }
}
