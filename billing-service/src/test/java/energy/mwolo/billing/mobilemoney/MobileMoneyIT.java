package energy.mwolo.billing.mobilemoney;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import energy.mwolo.billing.AbstractApiIT;
import energy.mwolo.billing.Tokens;
import energy.mwolo.billing.mobilemoney.application.Reconciling;
import energy.mwolo.billing.mobilemoney.model.StandardWebhooks;
import energy.mwolo.mobilemoney.simulator.DevCredentials;
import energy.mwolo.mobilemoney.simulator.Provider;
import energy.mwolo.mobilemoney.simulator.Scenario;
import energy.mwolo.mobilemoney.simulator.Scenario.Result;
import energy.mwolo.mobilemoney.simulator.Scenario.Signature;
import energy.mwolo.mobilemoney.simulator.SentCallback;
import energy.mwolo.platformtest.Api.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests to the simulated providers and their callbacks back to billing, over loopback: what is stored, what is
 * credited (once), and what each provider is answered.
 */
class MobileMoneyIT extends AbstractApiIT {

    private static final String REQUESTS = "/api/billing/mobile-money/requests/";
    private static final Duration WAIT = Duration.ofSeconds(20);

    /**
     * Orange notifies the {@code notif_url} billing names in each init, built on billing's public address: this
     * context listens where that address says, on a port free when the class loads.
     */
    private static final int PUBLIC_PORT = freePort();
    private static final Scenario ORANGE_USUAL = PROVIDERS.settings(Provider.ORANGE).defaultScenario();

    @Autowired
    private Reconciling reconciling;

    @DynamicPropertySource
    static void billingReachableWhereItSaysItIs(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PUBLIC_PORT);
        registry.add("mwolo.billing.mobile-money.callback-base-url", () -> "http://localhost:" + PUBLIC_PORT);
    }

    @AfterEach
    void orangeCustomersPayAgainAsUsual() {
        PROVIDERS.defaultScenario(Provider.ORANGE, ORANGE_USUAL);
    }

    /** Orange's init names no customer number (the customer types it on the payment page): scenarios go by default. */
    private static void orangeCustomersWill(Scenario scenario) {
        PROVIDERS.defaultScenario(Provider.ORANGE, scenario);
    }

    @BeforeEach
    void providersCallThisService() {
        for (Provider provider : Provider.values()) {
            PROVIDERS.callbackUrl(provider, "http://localhost:" + port() + "/api/billing/webhooks/" + provider.key()
                    + "/");
        }
    }

    @Test
    void anMpesaPaymentConfirmedByTheCustomerIsStoredVerifiedAndCreditedOnce() {
        String msisdn = number("81");
        PROVIDERS.scenarioForMsisdn(msisdn, Scenario.success(Duration.ofMillis(200)));

        Reply created = request(Tokens.accountant(), client(), "7.25", "USD", msisdn, "mpesa");

        assertThat(created.status()).isEqualTo(202);
        assertThat(created.location()).endsWith("/" + created.json().path("id").asString() + "/");
        assertThat(created.json().path("status").asString()).isEqualTo("pending");
        String reference = created.json().path("reference").asString();
        Reply done = awaitStatus(created.location(), "succeeded");
        assertThat(done.json().path("provider_transaction_id").asString()).isNotBlank();
        assertThat(credits(reference)).isEqualTo(1);
        assertThat(payments(reference)).containsExactly("confirmed 7.25 USD");
        assertThat(verdicts(reference)).containsExactly("credited");
        SentCallback sent = PROVIDERS.callbacks(reference).get(0);
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.replyProblem()).isNull();
        assertThat(json(sent.answer()).path("output_ResponseCode").asString()).isEqualTo("0");
    }

    @Test
    void tenIdenticalCallbacksArrivingTogetherCreditOnce() {
        String msisdn = number("82");
        PROVIDERS.scenarioForMsisdn(msisdn, Scenario.success(Duration.ofMillis(200)).withCopies(10));

        String reference = request(Tokens.accountant(), client(), "12.00", "USD", msisdn, "mpesa").json()
                .path("reference").asString();

        await().atMost(WAIT).until(() -> verdicts(reference).size() == 10);
        assertThat(credits(reference)).isEqualTo(1);
        assertThat(payments(reference)).containsExactly("confirmed 12.00 USD");
        assertThat(verdicts(reference)).containsOnly("credited", "already_credited").containsOnlyOnce("credited");
        assertThat(PROVIDERS.callbacks(reference)).extracting(SentCallback::status).containsOnly(200);
    }

    @Test
    void anAirtelCallbackWithAWrongHashIsStoredAnsweredAndNotCredited() {
        String msisdn = number("97");
        PROVIDERS.scenarioForMsisdn(msisdn, Scenario.success(Duration.ofMillis(200)).withSignature(Signature.WRONG));

        Reply created = request(Tokens.accountant(), client(), "3000.00", "CDF", msisdn, "airtel");
        String reference = created.json().path("reference").asString();

        await().atMost(WAIT).until(() -> !verdicts(reference).isEmpty());
        assertThat(verdicts(reference)).containsExactly("unauthenticated");
        assertThat(credits(reference)).isZero();
        assertThat(api.get(created.location()).as(Tokens.accountant()).send().json().path("status").asString())
                .isEqualTo("pending");
        assertThat(PROVIDERS.callbacks(reference).get(0).status()).isEqualTo(200);
    }

    @Test
    void anAirtelSuccessWithAValidHashIsCreditedAndALaterFailureOnlyRaisesAnAlert() {
        String msisdn = number("99");
        PROVIDERS.scenarioForMsisdn(msisdn, Scenario.success(Duration.ofMillis(200)).thenFailure());

        Reply created = request(Tokens.accountant(), client(), "5.00", "USD", msisdn, "airtel");
        String reference = created.json().path("reference").asString();

        await().atMost(WAIT).until(() -> verdicts(reference).size() == 2);
        assertThat(verdicts(reference)).containsExactly("credited", "contradicts_success");
        assertThat(credits(reference)).isEqualTo(1);
        assertThat(api.get(created.location()).as(Tokens.accountant()).send().json().path("status").asString())
                .isEqualTo("succeeded");
    }

    @Test
    void anAggregatorCallbackSignedTenMinutesAgoIsRefusedAsStale() {
        String msisdn = number("90");
        PROVIDERS.scenarioForMsisdn(msisdn, Scenario.success(Duration.ofMillis(200))
                .withSignature(Signature.OLD_TIMESTAMP));

        String reference = request(Tokens.accountant(), client(), "4.50", "USD", msisdn, "aggregator").json()
                .path("reference").asString();

        await().atMost(WAIT).until(() -> !verdicts(reference).isEmpty());
        assertThat(verdicts(reference)).containsExactly("stale");
        assertThat(credits(reference)).isZero();
    }

    @Test
    void anAggregatorSuccessIsCreditedAndItsReplayIsRecognised() {
        String msisdn = number("90");
        PROVIDERS.scenarioForMsisdn(msisdn, Scenario.success(Duration.ofMillis(200)));

        String reference = request(Tokens.accountant(), client(), "4.50", "USD", msisdn, null).json()
                .path("reference").asString();
        await().atMost(WAIT).until(() -> verdicts(reference).size() == 1);
        PROVIDERS.replay(PROVIDERS.callbacks(reference).get(0).id());

        await().atMost(WAIT).until(() -> verdicts(reference).size() == 2);
        assertThat(verdicts(reference)).containsExactly("credited", "replayed");
        assertThat(credits(reference)).isEqualTo(1);
    }

    @Test
    void aCallbackSentTheMomentTheProviderAcceptedTheRequestIsCreditedFromItOnceTheRequestIsSaved() {
        String msisdn = number("90");
        // The provider calls back at once: the callback may arrive before billing has committed the request (the
        // HTTP request's transaction ends after the provider's answer); it waits for it rather than being unknown.
        PROVIDERS.scenarioForMsisdn(msisdn, Scenario.success(Duration.ZERO));

        String reference = request(Tokens.accountant(), client(), "3.25", "USD", msisdn, null).json()
                .path("reference").asString();

        await().atMost(WAIT).until(() -> !verdicts(reference).isEmpty());
        assertThat(verdicts(reference)).containsExactly("credited");
        assertThat(credits(reference)).isEqualTo(1);
    }

    @Test
    void anAggregatorCallbackWithAnotherAmountIsHeldForReview() {
        String msisdn = number("90");
        String reference = pendingAggregatorRequest(msisdn, "4.50");
        String body = aggregatorSuccess("col_forged", reference, msisdn, "45.00");

        Reply reply = signedAggregatorCallback(body);

        assertThat(reply.status()).isEqualTo(200);
        await().atMost(WAIT).until(() -> !verdicts(reference).isEmpty());
        assertThat(verdicts(reference)).containsExactly("held_mismatch");
        assertThat(credits(reference)).isZero();
    }

    @Test
    void aSignedCallbackAnsweredBeforeItWasJudgedIsCreditedAfterTheWorkerJudgingItDied() {
        String msisdn = number("90");
        String reference = pendingAggregatorRequest(msisdn, "7.25");
        String body = aggregatorSuccess("col_" + reference, reference, msisdn, "7.25");
        String id = "msg_" + reference;
        String headers = signedHeaders(id, body);

        // As a crash leaves them: stored and answered, one claimed by a worker that died, its copy not claimed yet.
        jdbc.sql("""
                        insert into mobile_money_callbacks (provider, kind, received_at, source_address, headers, body,
                            webhook_id, claimed_until)
                        values ('aggregator', 'result', now(), '127.0.0.1', cast(? as jsonb), ?, ?,
                                now() - interval '1 second'),
                               ('aggregator', 'result', now(), '127.0.0.1', cast(? as jsonb), ?, ?, null)""")
                .params(headers, body, id, headers, body, id).update();

        await().atMost(WAIT).until(() -> verdicts(reference).size() == 2);
        // Claimed together, as one batch: the copy is recognised by its webhook id.
        assertThat(verdicts(reference)).containsExactly("credited", "replayed");
        assertThat(credits(reference)).isEqualTo(1);
        assertThat(payments(reference)).containsExactly("confirmed 7.25 USD");
    }

    @Test
    void callbacksClaimedTogetherAreSettledInOneTransaction() {
        List<String> references = pendingRequestsStoredDirectly(3, null);

        storeSignedSuccessesTogether(references);

        await().atMost(WAIT).until(() -> references.stream().allMatch(r -> verdicts(r).size() == 1));
        assertThat(references).allSatisfy(reference -> {
            assertThat(verdicts(reference)).containsExactly("credited");
            assertThat(credits(reference)).isEqualTo(1);
            assertThat(payments(reference)).containsExactly("confirmed 2.00 USD");
        });
        assertThat(jdbc.sql("""
                        select count(distinct judged_at) from mobile_money_callbacks
                        where webhook_id = any(cast(? as text[]))""")
                .param(references.stream().map(r -> "msg_" + r).toArray(String[]::new))
                .query(Long.class).single()).as("one transaction, one judged_at").isEqualTo(1);
    }

    @Test
    void aCallbackThatCannotBeSettledHoldsBackNoneOfThoseClaimedWithIt() {
        // The middle request names an invoice billing does not hold: its payment cannot be allocated.
        List<String> references = pendingRequestsStoredDirectly(3, 2);

        storeSignedSuccessesTogether(references);

        await().atMost(WAIT).until(() -> references.stream().allMatch(r -> verdicts(r).size() == 1));
        assertThat(verdicts(references.get(0))).containsExactly("credited");
        assertThat(verdicts(references.get(1))).containsExactly("error");
        assertThat(verdicts(references.get(2))).containsExactly("credited");
        assertThat(references).extracting(this::credits).containsExactly(1L, 0L, 1L);
        assertThat(payments(references.get(1))).isEmpty();
        assertThat(jdbc.sql("select status from mobile_money_requests where reference = ?")
                .param(references.get(1)).query(String.class).single()).isEqualTo("pending");
    }

    @Test
    void anMpesaCallbackNamingNoRequestOfOursIsStoredAndAnsweredAsMpesaExpects() {
        String body = "{\"input_OriginalConversationID\":\"C-x\",\"input_TransactionID\":\"T-x\","
                + "\"input_ResultCode\":\"INS-0\",\"input_ThirdPartyConversationID\":\"MMUNKNOWN\"}";

        Reply reply = api.post("/api/billing/webhooks/mpesa/", body).send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("output_ResponseCode").asString()).isEqualTo("0");
        assertThat(reply.json().path("output_ThirdPartyConversationID").asString()).isEqualTo("MMUNKNOWN");
        await().atMost(WAIT).until(() -> !verdicts("MMUNKNOWN").isEmpty());
        assertThat(jdbc.sql("select verdict from mobile_money_callbacks where body like '%MMUNKNOWN%'")
                .query(String.class).list()).contains("unknown_request");
        assertThat(jdbc.sql("select count(*) from mobile_money_credits where provider_transaction_id = 'T-x'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void anOrangeNotificationWithAWrongTokenChangesNothing() {
        String token = "forged-" + UUID.randomUUID();

        Reply reply = api.post("/api/billing/webhooks/orange/",
                "{\"status\":\"SUCCESS\",\"notif_token\":\"" + token + "\",\"txnid\":\"MP1\"}").send();

        assertThat(reply.status()).isEqualTo(200);
        await().atMost(WAIT).until(() -> !verdicts(token).isEmpty());
        assertThat(jdbc.sql("select verdict from mobile_money_callbacks where body like ?").param("%" + token + "%")
                .query(String.class).single()).isEqualTo("unknown_request");
    }

    @Test
    void anOrangePaymentTheCustomerConfirmsIsNotifiedWithItsTokenAndCreditedOnce() {
        orangeCustomersWill(Scenario.of(Result.AWAIT_CONFIRMATION));
        Reply created = request(Tokens.accountant(), client(), "4.50", "USD", number("84"), "orange");
        assertThat(created.status()).isEqualTo(202);
        String reference = created.json().path("reference").asString();
        assertThat(api.get(created.location()).as(Tokens.accountant()).send().json().path("status").asString())
                .isEqualTo("pending");

        PROVIDERS.confirm(reference);

        awaitStatus(created.location(), "succeeded");
        assertThat(credits(reference)).isEqualTo(1);
        assertThat(payments(reference)).containsExactly("confirmed 4.50 USD");
        SentCallback sent = PROVIDERS.callbacks(reference).get(0);
        assertThat(json(sent.body()).path("notif_token").asString()).isNotBlank();
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.replyProblem()).isNull();
        assertThat(callbackVerdicts(sent.body())).containsExactly("credited");
    }

    @Test
    void anOrangeNotificationWithAnotherTokenThanTheInitsIsStoredAnsweredAndNotCredited() {
        orangeCustomersWill(Scenario.success(Duration.ofMillis(200)).withSignature(Signature.WRONG));

        Reply created = request(Tokens.accountant(), client(), "2500.00", "CDF", number("85"), "orange");
        String reference = created.json().path("reference").asString();

        await().atMost(WAIT).until(() -> !PROVIDERS.callbacks(reference).isEmpty()
                && !callbackVerdicts(PROVIDERS.callbacks(reference).get(0).body()).isEmpty());
        SentCallback sent = PROVIDERS.callbacks(reference).get(0);
        assertThat(json(sent.body()).path("notif_token").asString()).endsWith("-forged");
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.replyProblem()).isNull();
        assertThat(callbackVerdicts(sent.body())).doesNotContain("credited").hasSize(1);
        assertThat(credits(reference)).isZero();
        assertThat(api.get(created.location()).as(Tokens.accountant()).send().json().path("status").asString())
                .isEqualTo("pending");
    }

    @Test
    void aCallbackLargerThan64KiBIsRefusedWith413() {
        byte[] body = ("{\"pad\":\"" + "x".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8);

        Reply reply = api.post("/api/billing/webhooks/airtel/", null).body(body).send();

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.code()).isEqualTo("billing.mobile_money.callback_too_large");
    }

    @Test
    void aDroppedCallbackIsCaughtUpByTheStatusQuery() {
        String msisdn = number("83");
        PROVIDERS.scenarioForMsisdn(msisdn, Scenario.success(Duration.ZERO).dropped());
        String reference = request(Tokens.accountant(), client(), "9.99", "USD", msisdn, "mpesa").json()
                .path("reference").asString();
        await().atMost(WAIT).until(() -> PROVIDERS.payment(reference).map(p -> p.completedAt() != null)
                .orElse(false));
        jdbc.sql("update mobile_money_requests set next_check_at = now() where reference = ?").param(reference)
                .update();

        reconciling.checkDue();

        assertThat(credits(reference)).isEqualTo(1);
        assertThat(jdbc.sql("select status from mobile_money_requests where reference = ?").param(reference)
                .query(String.class).single()).isEqualTo("succeeded");
    }

    @Test
    void aRequestStillPendingAfterTheLastStatusQueryExpiresAndALateSuccessIsStillCredited() {
        orangeCustomersWill(Scenario.of(Result.AWAIT_CONFIRMATION));
        Reply created = request(Tokens.accountant(), client(), "15.00", "USD", number("84"), "orange");
        String reference = created.json().path("reference").asString();
        jdbc.sql("update mobile_money_requests set checks = 4, next_check_at = now() where reference = ?")
                .param(reference).update();

        reconciling.checkDue();

        assertThat(api.get(created.location()).as(Tokens.accountant()).send().json().path("status").asString())
                .isEqualTo("expired");
        String token = jdbc.sql("select notif_token from mobile_money_requests where reference = ?").param(reference)
                .query(String.class).single();
        PROVIDERS.confirm(reference);
        Reply late = api.post("/api/billing/webhooks/orange/",
                "{\"status\":\"SUCCESS\",\"notif_token\":\"" + token + "\",\"txnid\":\"late\"}").send();

        assertThat(late.status()).isEqualTo(200);
        awaitStatus(created.location(), "succeeded");
        assertThat(credits(reference)).isEqualTo(1);
    }

    @Test
    void aCustomerPaysForItselfAndNobodyElseSeesItsRequest() {
        UUID client = client();
        String msisdn = number("81");
        PROVIDERS.scenarioForMsisdn(msisdn, Scenario.of(Result.AWAIT_CONFIRMATION));

        Reply created = request(Tokens.clientOf(client), null, "2.00", "USD", msisdn, null);

        assertThat(created.status()).isEqualTo(202);
        assertThat(created.json().path("client").asString()).isEqualTo(client.toString());
        assertThat(created.json().path("provider").asString()).isEqualTo("mpesa");
        assertThat(api.get(created.location()).as(Tokens.clientOf(client)).send().status()).isEqualTo(200);
        assertThat(api.get(created.location()).as(Tokens.clientOf(client())).send().status()).isEqualTo(404);
        assertThat(request(Tokens.clientOf(client), client(), "2.00", "USD", msisdn, null).status()).isEqualTo(400);
    }

    @Test
    void aRequestNeedsAnIdempotencyKeyAndAValidNumberOfTheProvidersOperator() {
        Map<String, Object> body = Map.of("client", client().toString(), "amount", "1.00", "currency", "USD",
                "msisdn", "+243971234567", "provider", "mpesa");

        assertThat(api.post(REQUESTS, body).as(Tokens.accountant()).send().code())
                .isEqualTo("idempotency.key_required");
        Reply refused = api.post(REQUESTS, body).as(Tokens.accountant()).header("Idempotency-Key", key()).send();
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("billing.mobile_money.msisdn_operator");
    }

    @Test
    void aRequestNamingAnInvoiceThatIsNotTheClientsIsRefused() {
        Map<String, Object> body = Map.of("client", client().toString(), "amount", "1.00", "currency", "USD",
                "msisdn", "+243812345678", "invoices", List.of(UUID.randomUUID().toString()));

        Reply refused = api.post(REQUESTS, body).as(Tokens.accountant()).header("Idempotency-Key", key()).send();

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("billing.mobile_money.invoice_not_payable");
    }

    @Test
    void anAmountWithMoreThanTwoDecimalsIsRefusedBeforeAnyProviderIsCalled() {
        Reply created = request(Tokens.accountant(), client(), "1.234", "USD", number("81"), "mpesa");

        assertThat(created.status()).isEqualTo(400);
        assertThat(created.code()).isEqualTo("billing.amount.too_precise");
    }

    private Reply request(String token, UUID client, String amount, String currency, String msisdn,
                          String provider) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (client != null) {
            body.put("client", client.toString());
        }
        body.put("amount", amount);
        body.put("currency", currency);
        body.put("msisdn", "+243" + msisdn);
        if (provider != null) {
            body.put("provider", provider);
        }
        return api.post(REQUESTS, body).as(token).header("Idempotency-Key", key()).send();
    }

    private Reply awaitStatus(String location, String status) {
        await().atMost(WAIT).until(() -> api.get(location).as(Tokens.accountant()).send().json().path("status")
                .asString().equals(status));
        return api.get(location).as(Tokens.accountant()).send();
    }

    /** A request to the aggregator whose customer has not answered yet: its reference. */
    private String pendingAggregatorRequest(String msisdn, String amount) {
        PROVIDERS.scenarioForMsisdn(msisdn, Scenario.of(Result.AWAIT_CONFIRMATION));
        return request(Tokens.accountant(), client(), amount, "USD", msisdn, "aggregator").json()
                .path("reference").asString();
    }

    /**
     * {@code count} pending aggregator requests of 2.00 USD, each for a client of its own, stored as billing holds them
     * once the aggregator accepted them; the one at {@code namingAMissingInvoice} (1-based, or none) names an invoice
     * billing does not hold. Their references.
     */
    private List<String> pendingRequestsStoredDirectly(int count, Integer namingAMissingInvoice) {
        List<String> references = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String reference = "MMB" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
            UUID[] invoices = Integer.valueOf(i).equals(namingAMissingInvoice) ? new UUID[] {UUID.randomUUID()}
                    : new UUID[0];
            jdbc.sql("""
                            insert into mobile_money_requests (id, reference, client_id, amount, currency, provider,
                                msisdn, status, created_at, invoice_ids)
                            values (gen_random_uuid(), ?, ?, 2.00, 'USD', 'aggregator', '900000001', 'pending', now(),
                                    ?)""")
                    .params(reference, client(), invoices).update();
            references.add(reference);
        }
        return references;
    }

    /**
     * Signed aggregator successes for these requests, stored unjudged as the webhook stores them, in one statement:
     * the worker that claims one claims them all.
     */
    private void storeSignedSuccessesTogether(List<String> references) {
        List<String> bodies = references.stream()
                .map(reference -> aggregatorSuccess("col_" + reference, reference, "900000001", "2.00")).toList();
        List<String> ids = references.stream().map(reference -> "msg_" + reference).toList();
        List<String> headers = new ArrayList<>();
        for (int i = 0; i < references.size(); i++) {
            headers.add(signedHeaders(ids.get(i), bodies.get(i)));
        }
        jdbc.sql("""
                        insert into mobile_money_callbacks (provider, kind, received_at, source_address, headers, body,
                            webhook_id)
                        select 'aggregator', 'result', now(), '127.0.0.1', cast(h as jsonb), b, w
                        from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[])) as c (h, b, w)""")
                .params(headers.toArray(String[]::new), bodies.toArray(String[]::new), ids.toArray(String[]::new))
                .update();
    }

    /** The Standard Webhooks headers the aggregator signs a body with, as billing stores them. */
    private static String signedHeaders(String id, String body) {
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        return JsonMapper.shared().writeValueAsString(Map.of("webhook-id", id, "webhook-timestamp", timestamp,
                "webhook-signature", StandardWebhooks.sign(DevCredentials.AGGREGATOR_WEBHOOK_SECRET, id, timestamp,
                        body.getBytes(StandardCharsets.UTF_8))));
    }

    /** The aggregator's success of a collection, unsigned. */
    private static String aggregatorSuccess(String collectionId, String reference, String msisdn, String amount) {
        return "{\"type\":\"collection.succeeded\",\"timestamp\":\"" + Instant.now() + "\",\"data\":{"
                + "\"id\":\"" + collectionId + "\",\"reference\":\"" + reference + "\",\"operator\":\"africell\","
                + "\"msisdn\":\"+243" + msisdn + "\",\"amount\":\"" + amount + "\",\"currency\":\"USD\","
                + "\"status\":\"succeeded\"}}";
    }

    private Reply signedAggregatorCallback(String body) {
        String id = "msg_" + UUID.randomUUID().toString().replace("-", "");
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        return api.post("/api/billing/webhooks/aggregator/", body)
                .header("webhook-id", id).header("webhook-timestamp", timestamp)
                .header("webhook-signature", StandardWebhooks.sign(DevCredentials.AGGREGATOR_WEBHOOK_SECRET, id,
                        timestamp, body.getBytes(StandardCharsets.UTF_8)))
                .send();
    }

    private long credits(String reference) {
        return jdbc.sql("""
                        select count(*) from mobile_money_credits c join mobile_money_requests r on r.id = c.request_id
                        where r.reference = ?""").param(reference).query(Long.class).single();
    }

    /**
     * The mobile-money payments the request's credit became: status, amount, currency (an aggregator's payment names
     * the operator the customer paid with, not the aggregator).
     */
    private List<String> payments(String reference) {
        return jdbc.sql("""
                        select p.status || ' ' || p.amount || ' ' || p.currency from payments p
                        join mobile_money_credits c on c.provider_transaction_id = p.provider_transaction_id
                        join mobile_money_requests r on r.id = c.request_id
                        where r.reference = ? and p.method = 'mobile_money'""")
                .param(reference).query(String.class).list();
    }

    /** Verdicts of the stored callbacks with exactly this body (Orange's notifications do not name our reference). */
    private List<String> callbackVerdicts(String body) {
        return jdbc.sql("select verdict from mobile_money_callbacks where body = ? and verdict is not null order by id")
                .param(body).query(String.class).list();
    }

    private List<String> verdicts(String reference) {
        return jdbc.sql("""
                        select verdict from mobile_money_callbacks where body like ? and verdict is not null
                        order by id""")
                .param("%" + reference + "%").query(String.class).list();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A number of this operator prefix no other test uses. */
    private static String number(String prefix) {
        return prefix + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }
}
