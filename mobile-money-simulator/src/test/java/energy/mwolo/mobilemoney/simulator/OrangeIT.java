package energy.mwolo.mobilemoney.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.mobilemoney.simulator.Calls.Answer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OrangeIT extends SimulatorFixture {

    private String token;

    @BeforeEach
    void configure() {
        simulator.defaultScenario(Provider.ORANGE, Scenario.of(Scenario.Result.AWAIT_CONFIRMATION));
        String basic = Base64.getEncoder().encodeToString((DevCredentials.ORANGE_CLIENT_ID + ":"
                + DevCredentials.ORANGE_CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        Answer answer = Calls.post(simulator.url(Provider.ORANGE) + "/oauth/v3/token", "grant_type=client_credentials",
                "Authorization", "Basic " + basic, "Content-Type", "application/x-www-form-urlencoded");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(Json.text(answer.json(), "token_type")).isEqualTo("Bearer");
        token = Json.text(answer.json(), "access_token");
    }

    @Test
    void anInitGivesTokensAndAPageWhereTheCustomerPaysThenTheNotifUrlIsNotified() throws InterruptedException {
        Answer init = init("ORD-1", "25.00", "USD");

        assertThat(init.status()).isEqualTo(201);
        JsonNode json = init.json();
        assertThat(Json.text(json, "message")).isEqualTo("OK");
        String payToken = Json.text(json, "pay_token");
        String notifToken = Json.text(json, "notif_token");
        assertThat(payToken).isNotBlank();
        assertThat(notifToken).isNotBlank().isNotEqualTo(payToken);
        assertThat(Json.text(json, "payment_url")).isEqualTo(simulator.url(Provider.ORANGE) + "/pay/" + payToken);
        assertThat(Calls.get(Json.text(json, "payment_url")).body()).contains("ORD-1");
        assertThat(status("ORD-1", payToken)).isEqualTo("PENDING");

        Answer paid = Calls.post(Json.text(json, "payment_url"), "msisdn=0891234567&result=success",
                "Content-Type", "application/x-www-form-urlencoded");
        assertThat(paid.body()).contains("SUCCESS");

        BillingStandIn.Received notification = billing.await(1).get(0);
        assertThat(notification.path()).isEqualTo("/api/billing/webhooks/orange/ORD-1");
        Payment payment = simulator.payment("ORD-1").orElseThrow();
        assertThat(notification.body()).isEqualTo("{\"status\":\"SUCCESS\",\"notif_token\":\"" + notifToken
                + "\",\"txnid\":\"" + payment.id() + "\"}");
        assertThat(payment.msisdn()).isEqualTo("0891234567");
        assertThat(status("ORD-1", payToken)).isEqualTo("SUCCESS");
    }

    @Test
    void aRefusalIsNotifiedFailedAndATimeoutIsExpiredInTheStatus() throws InterruptedException {
        simulator.scenarioForReference("ORD-3", Scenario.of(Scenario.Result.TIMEOUT).withDelay(Duration.ofMillis(50)));
        String refused = Json.text(init("ORD-2", "1000", "CDF").json(), "pay_token");
        String expired = Json.text(init("ORD-3", "1000", "CDF").json(), "pay_token");
        simulator.confirm("ORD-2", Scenario.Result.FAILURE, null);

        assertThat(billing.await(2)).extracting(received -> Json.text(received.json(), "status"))
                .containsExactly("FAILED", "FAILED");
        assertThat(status("ORD-2", refused)).isEqualTo("FAILED");
        assertThat(status("ORD-3", expired)).isEqualTo("EXPIRED");
    }

    @Test
    void refusesWithoutTokenOrMerchantKeyAndAReusedOrderIdAndAStatusWithAnotherPayToken() {
        Map<String, Object> body = request("ORD-4", "1", "USD");
        String url = simulator.url(Provider.ORANGE) + "/orange-money-webpay/cd/v1/webpayment";
        assertThat(Calls.post(url, Calls.json(body)).status()).isEqualTo(401);
        body.put("merchant_key", "other");
        assertThat(Calls.post(url, Calls.json(body), "Authorization", "Bearer " + token).status()).isEqualTo(400);
        String payToken = Json.text(init("ORD-4", "1", "USD").json(), "pay_token");
        assertThat(init("ORD-4", "1", "USD").status()).isEqualTo(400);
        Answer other = Calls.post(simulator.url(Provider.ORANGE) + "/orange-money-webpay/cd/v1/transactionstatus",
                Calls.json(Map.of("order_id", "ORD-4", "amount", "1", "pay_token", payToken + "x")),
                "Authorization", "Bearer " + token);
        assertThat(other.status()).isEqualTo(404);
    }

    private String status(String orderId, String payToken) {
        Answer answer = Calls.post(simulator.url(Provider.ORANGE) + "/orange-money-webpay/cd/v1/transactionstatus",
                Calls.json(Map.of("order_id", orderId, "amount", "1", "pay_token", payToken)),
                "Authorization", "Bearer " + token);
        assertThat(answer.status()).isEqualTo(201);
        assertThat(Json.text(answer.json(), "order_id")).isEqualTo(orderId);
        return Json.text(answer.json(), "status");
    }

    private Answer init(String orderId, String amount, String currency) {
        return Calls.post(simulator.url(Provider.ORANGE) + "/orange-money-webpay/cd/v1/webpayment",
                Calls.json(request(orderId, amount, currency)), "Authorization", "Bearer " + token);
    }

    private Map<String, Object> request(String orderId, String amount, String currency) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("merchant_key", DevCredentials.ORANGE_MERCHANT_KEY);
        body.put("currency", currency);
        body.put("order_id", orderId);
        body.put("amount", amount);
        body.put("return_url", "http://127.0.0.1/return");
        body.put("cancel_url", "http://127.0.0.1/cancel");
        body.put("notif_url", billing.url("/api/billing/webhooks/orange/" + orderId));
        body.put("lang", "fr");
        body.put("reference", "Mwolo Energy");
        return body;
    }
}
