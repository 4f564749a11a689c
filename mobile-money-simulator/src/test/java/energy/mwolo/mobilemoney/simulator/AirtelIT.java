package energy.mwolo.mobilemoney.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.mobilemoney.simulator.Calls.Answer;
import energy.mwolo.mobilemoney.simulator.ProviderSettings.HashPayload;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AirtelIT extends SimulatorFixture {

    private String token;

    @BeforeEach
    void configure() {
        simulator.callbackUrl(Provider.AIRTEL, billing.url("/api/billing/webhooks/airtel/"));
        simulator.defaultScenario(Provider.AIRTEL, Scenario.success(Duration.ofMillis(100)));
        Answer answer = Calls.post(simulator.url(Provider.AIRTEL) + "/auth/oauth2/token", Calls.json(Map.of(
                "client_id", DevCredentials.AIRTEL_CLIENT_ID, "client_secret", DevCredentials.AIRTEL_CLIENT_SECRET,
                "grant_type", "client_credentials")));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(Json.text(answer.json(), "token_type")).isEqualTo("bearer");
        assertThat(Json.text(answer.json(), "expires_in")).isEqualTo("180");
        token = Json.text(answer.json(), "access_token");
    }

    @Test
    void aCollectionIsInProcessThenCalledBackWithAHashOverTheBodyWithoutIt() throws Exception {
        Answer answer = pay("AIR-1", "812345678", "1500", "CDF");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(Json.text(answer.json(), "data", "transaction", "id")).isEqualTo("AIR-1");
        assertThat(Json.text(answer.json(), "status", "response_code")).isEqualTo("DP00800001006");
        assertThat(answer.json().get("status").get("success").asBoolean()).isTrue();

        String body = billing.await(1).get(0).body();
        JsonNode json = Json.object(body).orElseThrow();
        assertThat(Json.text(json, "transaction", "id")).isEqualTo("AIR-1");
        assertThat(Json.text(json, "transaction", "status_code")).isEqualTo("TS");
        assertThat(Json.text(json, "transaction", "message")).isEqualTo("Transaction is successful");
        String airtelMoneyId = Json.text(json, "transaction", "airtel_money_id");
        assertThat(airtelMoneyId).isEqualTo(simulator.payment("AIR-1").orElseThrow().id());
        String withoutHash = body.substring(0, body.indexOf(",\"hash\":")) + "}";
        assertThat(Json.text(json, "hash"))
                .isEqualTo(hmac(DevCredentials.AIRTEL_CALLBACK_SECRET, withoutHash))
                .isEqualTo(hmac(DevCredentials.AIRTEL_CALLBACK_SECRET, "{\"transaction\":{\"id\":\"AIR-1\","
                        + "\"message\":\"Transaction is successful\",\"status_code\":\"TS\",\"airtel_money_id\":\""
                        + airtelMoneyId + "\"}}"));
    }

    @Test
    void theHashMayCoverTheTransactionObjectOnly() throws Exception {
        simulator.configure(Provider.AIRTEL, settings -> settings.withSigning(true, HashPayload.TRANSACTION));
        pay("AIR-2", "812345678", "3", "USD");

        String body = billing.await(1).get(0).body();
        String transaction = body.substring("{\"transaction\":".length(), body.indexOf(",\"hash\":"));
        assertThat(Json.text(Json.object(body).orElseThrow(), "hash"))
                .isEqualTo(hmac(DevCredentials.AIRTEL_CALLBACK_SECRET, transaction));
    }

    @Test
    void withSigningOffOrAskedUnsignedTheCallbackHasNoHash() throws InterruptedException {
        simulator.scenarioForReference("AIR-4", Scenario.of(Scenario.Result.SUCCESS)
                .withSignature(Scenario.Signature.NONE));
        pay("AIR-4", "812345678", "3", "USD");
        assertThat(billing.await(1).get(0).json().has("hash")).isFalse();
        simulator.configure(Provider.AIRTEL, settings -> settings.withSigning(false, HashPayload.BODY));
        pay("AIR-3", "812345678", "3", "USD");

        assertThat(billing.await(2)).hasSize(2)
                .allSatisfy(received -> assertThat(received.json().has("hash")).isFalse());
    }

    @Test
    void aWrongSignatureIsOneNoSecretOfOursVerifies() throws Exception {
        simulator.scenarioForReference("AIR-5", Scenario.of(Scenario.Result.SUCCESS)
                .withSignature(Scenario.Signature.WRONG));
        pay("AIR-5", "812345678", "3", "USD");

        String body = billing.await(1).get(0).body();
        String withoutHash = body.substring(0, body.indexOf(",\"hash\":")) + "}";
        assertThat(Json.text(Json.object(body).orElseThrow(), "hash")).isNotBlank()
                .isNotEqualTo(hmac(DevCredentials.AIRTEL_CALLBACK_SECRET, withoutHash));
    }

    @Test
    void aFailureIsTfAndTheEnquiryFollowsThePayment() throws InterruptedException {
        simulator.scenarioForMsisdn("812000000", Scenario.of(Scenario.Result.AWAIT_CONFIRMATION));
        pay("AIR-6", "812000000", "3", "USD");

        JsonNode pending = enquire("AIR-6").json();
        assertThat(Json.text(pending, "data", "transaction", "status")).isEqualTo("TIP");
        assertThat(pending.get("data").get("transaction").has("airtel_money_id")).isFalse();

        simulator.confirm("AIR-6", Scenario.Result.INSUFFICIENT_BALANCE, null);
        JsonNode callback = billing.await(1).get(0).json();
        assertThat(Json.text(callback, "transaction", "status_code")).isEqualTo("TF");
        assertThat(Json.text(callback, "transaction", "message")).isEqualTo("Customer has insufficient funds");

        JsonNode failed = enquire("AIR-6").json();
        assertThat(Json.text(failed, "data", "transaction", "status")).isEqualTo("TF");
        assertThat(Json.text(failed, "status", "response_code")).isEqualTo("DP00800001007");
        assertThat(enquire("UNKNOWN").status()).isEqualTo(404);
    }

    @Test
    void refusesAMissingTokenMismatchedHeadersAndAReusedTransactionId() {
        String body = Calls.json(request("AIR-7", "812345678", "3", "USD"));
        String url = simulator.url(Provider.AIRTEL) + "/merchant/v1/payments/";
        assertThat(Calls.post(url, body, "X-Country", "CD", "X-Currency", "USD").status()).isEqualTo(401);
        assertThat(Calls.post(url, body, "Authorization", "Bearer " + token, "X-Country", "CD", "X-Currency", "CDF")
                .status()).isEqualTo(400);
        assertThat(Calls.post(simulator.url(Provider.AIRTEL) + "/auth/oauth2/token", Calls.json(Map.of(
                "client_id", "x", "client_secret", "y", "grant_type", "client_credentials"))).status())
                .isEqualTo(401);
        assertThat(pay("AIR-7", "812345678", "3", "USD").status()).isEqualTo(200);
        assertThat(pay("AIR-7", "812345678", "3", "USD").status()).isEqualTo(409);
    }

    private Answer pay(String id, String msisdn, String amount, String currency) {
        return Calls.post(simulator.url(Provider.AIRTEL) + "/merchant/v1/payments/",
                Calls.json(request(id, msisdn, amount, currency)), "Authorization", "Bearer " + token,
                "X-Country", "CD", "X-Currency", currency);
    }

    private Answer enquire(String id) {
        return Calls.get(simulator.url(Provider.AIRTEL) + "/standard/v1/payments/" + id,
                "Authorization", "Bearer " + token, "X-Country", "CD", "X-Currency", "USD");
    }

    private static Map<String, Object> request(String id, String msisdn, String amount, String currency) {
        return Map.of("reference", "Facture " + id,
                "subscriber", Map.of("country", "CD", "currency", currency, "msisdn", msisdn),
                "transaction", Map.of("amount", amount, "country", "CD", "currency", currency, "id", id));
    }

    /** Computed here, independently of the simulator's code. */
    private static String hmac(String secret, String payload) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    }
}
