package energy.mwolo.mobilemoney.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.mobilemoney.simulator.Calls.Answer;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class MpesaIT extends SimulatorFixture {

    private static final String BEARER = "Bearer c2Vzc2lvbi1rZXk=";

    @BeforeEach
    void configure() {
        billing = new BillingStandIn();
        billing.answer(received -> {
            JsonNode json = received.json();
            return new BillingStandIn.Reply(200, Calls.json(Map.of(
                    "output_OriginalConversationID", Json.text(json, "input_OriginalConversationID"),
                    "output_ResponseCode", "0",
                    "output_ResponseDesc", "Successfully Accepted Result",
                    "output_ThirdPartyConversationID", String.valueOf(Json.text(json,
                            "input_ThirdPartyConversationID")))));
        });
        simulator = MobileMoneySimulator.start();
        simulator.callbackUrl(Provider.MPESA, billing.url("/api/billing/webhooks/mpesa/"));
        simulator.defaultScenario(Provider.MPESA, Scenario.success(Duration.ofMillis(200)));
    }

    @Test
    void aPaymentIsAnsweredAtOnceThenReportedByAnUnsignedResultCallback() throws InterruptedException {
        Answer answer = pay("PAY-1", "243812345678", "12.50", "USD");

        assertThat(answer.status()).isEqualTo(201);
        JsonNode json = answer.json();
        assertThat(Json.text(json, "output_ResponseCode")).isEqualTo("INS-0");
        assertThat(Json.text(json, "output_ResponseDesc")).isEqualTo("Request processed successfully");
        assertThat(Json.text(json, "output_ThirdPartyConversationID")).isEqualTo("PAY-1");
        assertThat(Json.text(json, "output_TransactionID")).matches("[A-Z0-9]{10}");
        assertThat(Json.text(json, "output_ConversationID")).matches("[0-9a-f]{32}");

        BillingStandIn.Received callback = billing.await(1).get(0);
        assertThat(callback.path()).isEqualTo("/api/billing/webhooks/mpesa/");
        assertThat(callback.body()).isEqualTo("{\"input_OriginalConversationID\":\""
                + Json.text(json, "output_ConversationID") + "\",\"input_TransactionID\":\""
                + Json.text(json, "output_TransactionID") + "\",\"input_ResultCode\":\"INS-0\","
                + "\"input_ResultDesc\":\"Request processed successfully\","
                + "\"input_ThirdPartyConversationID\":\"PAY-1\"}");
        assertThat(callback.headers()).doesNotContainKeys("authorization", "webhook-signature");
        assertThat(sentCallbacks(1).get(0).replyProblem()).isNull();
    }

    @Test
    void anInsufficientBalanceForOneNumberIsReportedAsIns2006() throws InterruptedException {
        simulator.scenarioForMsisdn("+243 81 000 0001", Scenario.of(Scenario.Result.INSUFFICIENT_BALANCE));

        pay("PAY-2", "243810000001", "5", "CDF");

        JsonNode callback = billing.await(1).get(0).json();
        assertThat(Json.text(callback, "input_ResultCode")).isEqualTo("INS-2006");
        assertThat(Json.text(callback, "input_ResultDesc")).isEqualTo("Insufficient balance");
        assertThat(simulator.payment("PAY-2").orElseThrow().status()).isEqualTo(PaymentStatus.FAILED);
    }

    @Test
    void aStatusQueryAnswersPendingThenCompletedByAnyOfTheIds() throws InterruptedException {
        simulator.scenarioForReference("PAY-3", Scenario.of(Scenario.Result.AWAIT_CONFIRMATION));
        JsonNode answer = pay("PAY-3", "243812345678", "10", "USD").json();

        assertThat(status(Json.text(answer, "output_TransactionID"))).isEqualTo("Pending");
        simulator.confirm("PAY-3");
        billing.await(1);

        assertThat(status(Json.text(answer, "output_TransactionID"))).isEqualTo("Completed");
        assertThat(status(Json.text(answer, "output_ConversationID"))).isEqualTo("Completed");
        assertThat(status("PAY-3")).isEqualTo("Completed");
        Answer unknown = Calls.get(statusUrl("NOPE"), "Authorization", BEARER);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(Json.text(unknown.json(), "output_ResponseCode")).isEqualTo("INS-18");
    }

    @Test
    void aTimeoutIsIns9AndTheStatusSaysExpired() throws InterruptedException {
        simulator.scenarioForReference("PAY-4", Scenario.of(Scenario.Result.TIMEOUT));
        pay("PAY-4", "243812345678", "10", "USD");

        assertThat(Json.text(billing.await(1).get(0).json(), "input_ResultCode")).isEqualTo("INS-9");
        assertThat(status("PAY-4")).isEqualTo("Expired");
    }

    @Test
    void refusesWhatTheProviderRefuses() {
        assertThat(Calls.post(payUrl(), Calls.json(request("X", "243812345678", "1", "USD"))).status())
                .isEqualTo(401);
        assertThat(Json.text(pay("X1", "0812345678", "1", "USD").json(), "output_ResponseCode"))
                .isEqualTo("INS-2051");
        assertThat(Json.text(pay("X2", "243812345678", "-1", "USD").json(), "output_ResponseCode"))
                .isEqualTo("INS-15");
        assertThat(Json.text(pay("X3", "243812345678", "1", "EUR").json(), "output_ResponseCode"))
                .isEqualTo("INS-21");
        Map<String, Object> incomplete = request("X4", "243812345678", "1", "USD");
        incomplete.remove("input_ServiceProviderCode");
        assertThat(Json.text(Calls.post(payUrl(), Calls.json(incomplete), "Authorization", BEARER).json(),
                "output_ResponseCode")).isEqualTo("INS-20");
        assertThat(simulator.payments()).isEmpty();
    }

    @Test
    void aSecondRequestWithTheSameConversationIdIsADuplicateIns10AndChangesNothing() {
        pay("PAY-5", "243812345678", "10", "USD");

        Answer again = pay("PAY-5", "243812345678", "99", "USD");

        assertThat(again.status()).isEqualTo(409);
        assertThat(Json.text(again.json(), "output_ResponseCode")).isEqualTo("INS-10");
        assertThat(simulator.payments()).singleElement().extracting(Payment::amount)
                .isEqualTo(new BigDecimal("10"));
    }

    @Test
    void ofTwentyConcurrentRequestsWithOneConversationIdExactlyOneIsAccepted() throws Exception {
        simulator.defaultScenario(Provider.MPESA, Scenario.of(Scenario.Result.AWAIT_CONFIRMATION));
        ExecutorService callers = Executors.newFixedThreadPool(20);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            answers.add(callers.submit(() -> {
                go.await();
                return pay("PAY-RACE", "243812345678", "10", "USD").status();
            }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        callers.shutdown();

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(19);
        assertThat(simulator.payments()).hasSize(1);
    }

    @Test
    void aReplyThatIsNotTheResultAcknowledgementIsReported() throws InterruptedException {
        billing.answer(received -> new BillingStandIn.Reply(200, "{\"status\":\"ok\"}"));
        pay("PAY-6", "243812345678", "10", "USD");

        SentCallback sent = sentCallbacks(1).get(0);

        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.answer()).isEqualTo("{\"status\":\"ok\"}");
        assertThat(sent.replyProblem()).contains("output_ResponseCode");
    }

    @Test
    void aPaybillPaymentIsNotifiedWithItsAccountReferenceAndNoConversationOfOurs() throws InterruptedException {
        simulator.configure(Provider.MPESA, settings -> settings.withC2bCallbackUrl(billing.url("/c2b/")));

        Payment paid = simulator.customerPays(Provider.MPESA, "CTR-000123", "243812345678",
                new BigDecimal("7.25"), "USD");

        BillingStandIn.Received received = billing.await(1).get(0);
        assertThat(received.path()).isEqualTo("/c2b/");
        JsonNode json = received.json();
        assertThat(Json.text(json, "input_TransactionID")).isEqualTo(paid.id());
        assertThat(Json.text(json, "input_ResultCode")).isEqualTo("INS-0");
        assertThat(Json.text(json, "input_BillReference")).isEqualTo("CTR-000123");
        assertThat(Json.text(json, "input_Amount")).isEqualTo("7.25");
        assertThat(Json.text(json, "input_CustomerMSISDN")).isEqualTo("243812345678");
        assertThat(Json.text(json, "input_TransactionTime")).matches("\\d{14}");
        assertThat(json.has("input_ThirdPartyConversationID")).isFalse();
        assertThat(paid.pulled()).isTrue();
    }

    private String status(String queryReference) {
        Answer answer = Calls.get(statusUrl(queryReference), "Authorization", BEARER);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(Json.text(answer.json(), "output_ResponseCode")).isEqualTo("INS-0");
        return Json.text(answer.json(), "output_ResponseTransactionStatus");
    }

    private String statusUrl(String queryReference) {
        return simulator.url(Provider.MPESA) + "/ipg/v2/vodacomDRC/queryTransactionStatus/?input_QueryReference="
                + queryReference + "&input_ServiceProviderCode=000000&input_ThirdPartyConversationID=Q-1"
                + "&input_Country=DRC";
    }

    private Answer pay(String ours, String msisdn, String amount, String currency) {
        return Calls.post(payUrl(), Calls.json(request(ours, msisdn, amount, currency)), "Authorization", BEARER,
                "Origin", "*");
    }

    private String payUrl() {
        return simulator.url(Provider.MPESA) + "/ipg/v2/vodacomDRC/c2bPayment/singleStage/";
    }

    static Map<String, Object> request(String ours, String msisdn, String amount, String currency) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("input_Amount", amount);
        body.put("input_Country", "DRC");
        body.put("input_Currency", currency);
        body.put("input_CustomerMSISDN", msisdn);
        body.put("input_ServiceProviderCode", "000000");
        body.put("input_ThirdPartyConversationID", ours);
        body.put("input_TransactionReference", "T" + ours.hashCode());
        body.put("input_PurchasedItemsDesc", "Facture FA-2026-000001");
        return body;
    }
}
