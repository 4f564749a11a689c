package energy.mwolo.mobilemoney.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.mobilemoney.simulator.Calls.Answer;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The misbehaviours a test scripts, over the Java API and over the control API, with M-Pesa as the carrier. */
class ScenariosIT extends SimulatorFixture {

    private static final String BEARER = "Bearer key";

    @BeforeEach
    void configure() {
        simulator.callbackUrl(Provider.MPESA, billing.url("/mpesa"));
        simulator.defaultScenario(Provider.MPESA, Scenario.of(Scenario.Result.SUCCESS));
    }

    @Test
    void duplicatesArriveTogetherAsIdenticalCopies() throws InterruptedException {
        billing.holdEachAnswer(Duration.ofMillis(300));
        simulator.scenarioForReference("DUP", Scenario.of(Scenario.Result.SUCCESS).withCopies(10));

        pay("DUP");

        List<BillingStandIn.Received> received = billing.await(10);
        assertThat(received).hasSize(10);
        assertThat(received).extracting(BillingStandIn.Received::body).containsOnly(received.get(0).body());
        assertThat(billing.mostInFlight()).as("copies being answered at the same moment").isGreaterThanOrEqualTo(5);
        assertThat(billing.after(Duration.ofMillis(200))).hasSize(10);
    }

    @Test
    void theCallbackWaitsForTheScenariosDelay() throws InterruptedException {
        simulator.scenarioForReference("SLOW", Scenario.success(Duration.ofMillis(700)));
        long started = System.nanoTime();

        pay("SLOW");

        assertThat(billing.after(Duration.ofMillis(400))).isEmpty();
        assertThat(simulator.payment("SLOW").orElseThrow().status()).isEqualTo(PaymentStatus.PENDING);
        billing.await(1);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(700));
        assertThat(simulator.payment("SLOW").orElseThrow().status()).isEqualTo(PaymentStatus.SUCCEEDED);
    }

    @Test
    void aDroppedCallbackNeverComesButThePaymentEndsForStatusQueriesAndTheStatement() throws InterruptedException {
        simulator.scenarioForReference("LOST", Scenario.of(Scenario.Result.SUCCESS).dropped());

        pay("LOST");

        assertThat(billing.after(Duration.ofMillis(300))).isEmpty();
        assertThat(simulator.callbacks()).isEmpty();
        Payment payment = simulator.payment("LOST").orElseThrow();
        assertThat(payment.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(simulator.statement(Provider.MPESA, today())).contains(payment.id() + ",LOST,243812345678,10,USD,"
                + "SUCCEEDED");
    }

    @Test
    void aFailureMayFollowASuccessWhileTheStatusStaysSuccessful() throws InterruptedException {
        simulator.scenarioForReference("FLIP", Scenario.of(Scenario.Result.SUCCESS).thenFailure());

        pay("FLIP");

        assertThat(billing.await(2)).extracting(received -> Json.text(received.json(), "input_ResultCode"))
                .containsExactly("INS-0", "INS-6");
        assertThat(simulator.payment("FLIP").orElseThrow().status()).isEqualTo(PaymentStatus.SUCCEEDED);
    }

    @Test
    void aReplayRepeatsTheCallbackByteForByteWithItsHeaders() throws InterruptedException {
        simulator.callbackUrl(Provider.AGGREGATOR, billing.url("/aggregator"));
        simulator.defaultScenario(Provider.AGGREGATOR, Scenario.of(Scenario.Result.SUCCESS));
        Calls.post(simulator.url(Provider.AGGREGATOR) + "/v1/collections", Calls.json(Map.of("reference", "R-1",
                "operator", "africell", "msisdn", "+243901234567", "amount", "1", "currency", "USD")),
                "Authorization", "Bearer " + DevCredentials.AGGREGATOR_API_KEY);
        BillingStandIn.Received first = billing.await(1).get(0);
        long firstId = sentCallbacks(1).get(0).id();

        Answer replay = Calls.post(simulator.baseUrl() + "/control/callbacks/" + firstId + "/replay", "");

        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json().get("replay_of").asLong()).isEqualTo(firstId);
        BillingStandIn.Received again = billing.await(2).get(1);
        assertThat(again.body()).isEqualTo(first.body());
        for (String header : List.of("webhook-id", "webhook-timestamp", "webhook-signature")) {
            assertThat(again.header(header)).isEqualTo(first.header(header));
        }
    }

    @Test
    void aPersonScriptsAndConfirmsOverTheControlApi() throws InterruptedException {
        String control = simulator.baseUrl() + "/control";
        Answer put = Calls.put(control + "/scenarios/msisdn/+243812345678", Calls.json(Map.of(
                "result", "await_confirmation", "copies", 2)));
        assertThat(put.status()).isEqualTo(200);
        assertThat(Calls.get(control + "/scenarios").json().get("msisdn").has("812345678")).isTrue();

        pay("MANUAL");
        assertThat(billing.after(Duration.ofMillis(200))).isEmpty();
        Answer confirmed = Calls.post(control + "/payments/MANUAL/confirm", "");

        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(Json.text(confirmed.json(), "status")).isEqualTo("SUCCEEDED");
        assertThat(billing.await(2)).hasSize(2);
        assertThat(Calls.post(control + "/payments/MANUAL/confirm", "").status()).isEqualTo(409);
        assertThat(Calls.post(control + "/payments/NOPE/confirm", "").status()).isEqualTo(404);
        sentCallbacks(2);
        JsonNode listed = Json.MAPPER.readTree(Calls.get(control + "/callbacks?payment=MANUAL").body());
        assertThat(listed).hasSize(2);
        assertThat(listed.get(0).get("status").asInt()).isEqualTo(200);
        assertThat(Json.text(listed.get(0), "url")).isEqualTo(billing.url("/mpesa"));
        assertThat(Calls.delete(control + "/scenarios/msisdn/243812345678").status()).isEqualTo(204);
    }

    @Test
    void providersAreConfiguredOverTheControlApiAndResetComesBackToTheStart() {
        String control = simulator.baseUrl() + "/control";
        Answer changed = Calls.put(control + "/providers/airtel", Calls.json(Map.of("callback_url", "http://127.0.0.1:9/x",
                "signing", false, "hash_payload", "transaction", "default_scenario", Map.of("result", "failure",
                        "code", "DP00800001002", "delay_ms", 5))));

        assertThat(changed.status()).isEqualTo(200);
        JsonNode airtel = changed.json();
        assertThat(Json.text(airtel, "base_url")).isEqualTo(simulator.url(Provider.AIRTEL));
        assertThat(Json.text(airtel, "callback_url")).isEqualTo("http://127.0.0.1:9/x");
        assertThat(airtel.get("signing").asBoolean()).isFalse();
        assertThat(Json.text(airtel, "hash_payload")).isEqualTo("transaction");
        assertThat(Json.text(airtel, "default_scenario", "code")).isEqualTo("DP00800001002");
        assertThat(Calls.put(control + "/providers/aggregator", Calls.json(Map.of("secrets", List.of("whsec_short"))))
                .status()).isEqualTo(400);
        assertThat(Calls.put(control + "/providers/nobody", "{}").status()).isEqualTo(400);

        assertThat(Calls.delete(control).status()).isEqualTo(204);
        assertThat(simulator.settings(Provider.AIRTEL)).isEqualTo(ProviderSettings.defaults(Provider.AIRTEL));
    }

    @Test
    void duringAnOutageEveryCallIsRefusedWith503ButPaybillNotificationsStillGoOut() throws InterruptedException {
        simulator.configure(Provider.MPESA, settings -> settings.withC2bCallbackUrl(billing.url("/mpesa/c2b")));
        String control = simulator.baseUrl() + "/control/providers/mpesa";
        Answer down = Calls.put(control, Calls.json(Map.of("reachable", false)));
        Answer status = Calls.get(simulator.url(Provider.MPESA) + "/ipg/v2/vodacomDRC/queryTransactionStatus/"
                + "?input_QueryReference=X&input_ThirdPartyConversationID=Y&input_ServiceProviderCode=000000",
                "Authorization", BEARER);
        Answer collection = Calls.post(simulator.url(Provider.MPESA) + "/ipg/v2/vodacomDRC/c2bPayment/singleStage/",
                Calls.json(MpesaIT.request("DOWN", "243812345678", "10", "USD")), "Authorization", BEARER);
        simulator.customerPays(Provider.MPESA, "CL-2026-000001", "243812345678", new BigDecimal("4.00"), "USD");

        assertThat(down.status()).isEqualTo(200);
        assertThat(down.json().get("reachable").asBoolean()).isFalse();
        assertThat(status.status()).isEqualTo(503);
        assertThat(collection.status()).isEqualTo(503);
        assertThat(simulator.payment("DOWN")).isEmpty();
        assertThat(billing.await(1)).extracting(BillingStandIn.Received::path).containsExactly("/mpesa/c2b");
        assertThat(Calls.put(control, Calls.json(Map.of("reachable", true))).json().get("reachable").asBoolean())
                .isTrue();
        assertThat(Calls.get(simulator.url(Provider.MPESA) + "/ipg/v2/vodacomDRC/queryTransactionStatus/"
                + "?input_QueryReference=X&input_ThirdPartyConversationID=Y&input_ServiceProviderCode=000000",
                "Authorization", BEARER).status()).isEqualTo(400);
    }

    @Test
    void theStatementListsEveryPaymentOfTheDayIncludingPaybillPaymentsBillingNeverAskedFor() {
        simulator.scenarioForReference("ASKED-2", Scenario.of(Scenario.Result.INSUFFICIENT_BALANCE).dropped());
        Payment unasked = simulator.customerPays(Provider.MPESA, "CTR-9", "243899999999", new BigDecimal("3.10"),
                "USD");
        pay("ASKED-1");
        pay("ASKED-2");

        Answer csv = Calls.get(simulator.baseUrl() + "/control/statements/mpesa?date=" + today());

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("date,provider_transaction_id,reference,msisdn,amount,currency,status");
        assertThat(lines).hasSize(4);
        assertThat(lines[1]).isEqualTo(today() + "," + unasked.id() + ",CTR-9,243899999999,3.10,USD,SUCCEEDED");
        assertThat(lines[3]).endsWith(",ASKED-2,243812345678,10,USD,FAILED");
        assertThat(Calls.get(simulator.baseUrl() + "/control/statements/mpesa?date=" + today().minusDays(1)).body()
                .split("\r\n")).hasSize(1);
        assertThat(Calls.get(simulator.baseUrl() + "/control/statements/airtel?date=" + today()).body()
                .split("\r\n")).hasSize(1);
    }

    @Test
    void aCallbackBillingDoesNotAnswerIsListedWithItsError() throws Exception {
        int nobodyListens;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            nobodyListens = socket.getLocalPort();
        }
        simulator.callbackUrl(Provider.MPESA, "http://127.0.0.1:" + nobodyListens + "/mpesa");

        pay("DOWN");

        SentCallback sent = sentCallbacks(1).get(0);
        assertThat(sent.status()).isZero();
        assertThat(sent.error()).isNotBlank();
        assertThat(sent.reference()).isEqualTo("DOWN");
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Africa/Kinshasa"));
    }

    private void pay(String reference) {
        Answer answer = Calls.post(simulator.url(Provider.MPESA) + "/ipg/v2/vodacomDRC/c2bPayment/singleStage/",
                Calls.json(MpesaIT.request(reference, "243812345678", "10", "USD")), "Authorization", BEARER);
        assertThat(answer.status()).isEqualTo(201);
    }
}
