package energy.mwolo.mobilemoney.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.mobilemoney.simulator.Calls.Answer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AggregatorIT extends SimulatorFixture {

    private static final String NEXT_SECRET = "whsec_" + Base64.getEncoder().encodeToString(
            "the-next-secret-of-32-bytes-long".getBytes(StandardCharsets.UTF_8));

    @BeforeEach
    void configure() {
        simulator.callbackUrl(Provider.AGGREGATOR, billing.url("/api/billing/webhooks/aggregator/"));
        simulator.defaultScenario(Provider.AGGREGATOR, Scenario.success(Duration.ofMillis(50)));
    }

    @Test
    void aCollectionIsCalledBackWithAStandardWebhooksSignature() throws Exception {
        Answer answer = collect("AGG-1", "+243901234567", "4.5", "USD");

        assertThat(answer.status()).isEqualTo(202);
        assertThat(Json.text(answer.json(), "id")).startsWith("col_");
        assertThat(Json.text(answer.json(), "status")).isEqualTo("pending");

        BillingStandIn.Received received = billing.await(1).get(0);
        JsonNode json = received.json();
        assertThat(Json.text(json, "type")).isEqualTo("collection.succeeded");
        assertThat(Json.text(json, "data", "reference")).isEqualTo("AGG-1");
        assertThat(Json.text(json, "data", "status")).isEqualTo("succeeded");
        assertThat(Json.text(json, "data", "amount")).isEqualTo("4.5");
        String id = received.header("webhook-id");
        String timestamp = received.header("webhook-timestamp");
        assertThat(id).startsWith("msg_");
        assertThat(Long.parseLong(timestamp)).isBetween(Instant.now().getEpochSecond() - 10,
                Instant.now().getEpochSecond());
        assertThat(received.header("webhook-signature")).isEqualTo("v1," + sign(
                DevCredentials.AGGREGATOR_WEBHOOK_SECRET, id + "." + timestamp + "." + received.body()));
    }

    @Test
    void withTwoSecretsEachCallbackCarriesOneSignaturePerSecret() throws Exception {
        simulator.configure(Provider.AGGREGATOR, settings -> settings.withSecrets(List.of(
                DevCredentials.AGGREGATOR_WEBHOOK_SECRET, NEXT_SECRET)));
        collect("AGG-2", "+243901234567", "4.5", "USD");

        BillingStandIn.Received received = billing.await(1).get(0);
        String signed = received.header("webhook-id") + "." + received.header("webhook-timestamp") + "."
                + received.body();
        assertThat(received.header("webhook-signature").split(" ")).containsExactly(
                "v1," + sign(DevCredentials.AGGREGATOR_WEBHOOK_SECRET, signed), "v1," + sign(NEXT_SECRET, signed));
    }

    @Test
    void attacksAreSignedWithAnotherKeyOrAnOldTimestampOrNotAtAll() throws Exception {
        simulator.scenarioForReference("AGG-WRONG", Scenario.of(Scenario.Result.SUCCESS)
                .withSignature(Scenario.Signature.WRONG));
        simulator.scenarioForReference("AGG-OLD", Scenario.of(Scenario.Result.SUCCESS)
                .withSignature(Scenario.Signature.OLD_TIMESTAMP));
        simulator.scenarioForReference("AGG-NONE", Scenario.of(Scenario.Result.SUCCESS)
                .withSignature(Scenario.Signature.NONE));
        collect("AGG-WRONG", "+243901234567", "1", "USD");
        collect("AGG-OLD", "+243901234567", "1", "USD");
        collect("AGG-NONE", "+243901234567", "1", "USD");

        List<BillingStandIn.Received> received = billing.await(3);
        BillingStandIn.Received wrong = byReference(received, "AGG-WRONG");
        assertThat(wrong.header("webhook-signature")).startsWith("v1,").isNotEqualTo("v1," + sign(
                DevCredentials.AGGREGATOR_WEBHOOK_SECRET, wrong.header("webhook-id") + "."
                        + wrong.header("webhook-timestamp") + "." + wrong.body()));
        BillingStandIn.Received old = byReference(received, "AGG-OLD");
        assertThat(Long.parseLong(old.header("webhook-timestamp")))
                .isLessThan(Instant.now().minus(Duration.ofMinutes(9)).getEpochSecond());
        assertThat(old.header("webhook-signature")).isEqualTo("v1," + sign(DevCredentials.AGGREGATOR_WEBHOOK_SECRET,
                old.header("webhook-id") + "." + old.header("webhook-timestamp") + "." + old.body()));
        assertThat(byReference(received, "AGG-NONE").headers()).containsKey("webhook-id")
                .doesNotContainKey("webhook-signature");
    }

    @Test
    void theSameReferenceAgainAnswersTheSameCollectionAndAnotherCollectionUnderItIsRefused() {
        Answer first = collect("AGG-3", "+243901234567", "4.5", "USD");
        Answer again = collect("AGG-3", "+243901234567", "4.50", "USD");
        Answer other = collect("AGG-3", "+243901234567", "5", "USD");

        assertThat(again.status()).isEqualTo(200);
        assertThat(Json.text(again.json(), "id")).isEqualTo(Json.text(first.json(), "id"));
        assertThat(other.status()).isEqualTo(409);
        assertThat(Json.text(other.json(), "code")).isEqualTo("reference_reused");
        assertThat(simulator.payments(Provider.AGGREGATOR)).hasSize(1);
    }

    @Test
    void aFailureCarriesItsCodeAndTheCollectionCanBeReadByIdOrReference() throws InterruptedException {
        simulator.scenarioForMsisdn("+243900000002", Scenario.failure("operator_unavailable"));
        String id = Json.text(collect("AGG-4", "+243900000002", "1", "CDF").json(), "id");

        JsonNode callback = billing.await(1).get(0).json();
        assertThat(Json.text(callback, "type")).isEqualTo("collection.failed");
        assertThat(Json.text(callback, "data", "failure_code")).isEqualTo("operator_unavailable");
        String url = simulator.url(Provider.AGGREGATOR) + "/v1/collections";
        String bearer = "Bearer " + DevCredentials.AGGREGATOR_API_KEY;
        assertThat(Json.text(Calls.get(url + "/" + id, "Authorization", bearer).json(), "status")).isEqualTo("failed");
        assertThat(Json.text(Calls.get(url + "?reference=AGG-4", "Authorization", bearer).json(), "id"))
                .isEqualTo(id);
        assertThat(Calls.get(url + "/col_nope", "Authorization", bearer).status()).isEqualTo(404);
        assertThat(Calls.get(url + "/" + id).status()).isEqualTo(401);
    }

    @Test
    void aRequestMayNameItsOwnCallbackUrl() throws InterruptedException {
        Calls.post(simulator.url(Provider.AGGREGATOR) + "/v1/collections", Calls.json(Map.of("reference", "AGG-5",
                        "operator", "africell", "msisdn", "+243901234567", "amount", "1", "currency", "USD",
                        "callback_url", billing.url("/elsewhere"))),
                "Authorization", "Bearer " + DevCredentials.AGGREGATOR_API_KEY);

        assertThat(billing.await(1).get(0).path()).isEqualTo("/elsewhere");
    }

    @Test
    void aPaybillPaymentIsASignedPaymentReceivedEventToTheC2bUrl() throws Exception {
        simulator.configure(Provider.AGGREGATOR, settings -> settings.withC2bCallbackUrl(billing.url("/c2b")));

        Payment paid = simulator.customerPays(Provider.AGGREGATOR, "CTR-7", "+243901234567",
                new BigDecimal("2"), "CDF");

        BillingStandIn.Received received = billing.await(1).get(0);
        assertThat(received.path()).isEqualTo("/c2b");
        assertThat(Json.text(received.json(), "type")).isEqualTo("payment.received");
        assertThat(Json.text(received.json(), "data", "id")).isEqualTo(paid.id());
        assertThat(Json.text(received.json(), "data", "reference")).isEqualTo("CTR-7");
        assertThat(Json.text(received.json(), "data", "status")).isEqualTo("succeeded");
        assertThat(received.header("webhook-signature")).isEqualTo("v1," + sign(
                DevCredentials.AGGREGATOR_WEBHOOK_SECRET, received.header("webhook-id") + "."
                        + received.header("webhook-timestamp") + "." + received.body()));
    }

    private static BillingStandIn.Received byReference(List<BillingStandIn.Received> received, String reference) {
        return received.stream().filter(r -> reference.equals(Json.text(r.json(), "data", "reference")))
                .findFirst().orElseThrow();
    }

    private Answer collect(String reference, String msisdn, String amount, String currency) {
        return Calls.post(simulator.url(Provider.AGGREGATOR) + "/v1/collections", Calls.json(Map.of(
                        "reference", reference, "operator", "africell", "msisdn", msisdn, "amount", amount,
                        "currency", currency)),
                "Authorization", "Bearer " + DevCredentials.AGGREGATOR_API_KEY);
    }

    /** Standard Webhooks, computed here: the key is the Base64 after whsec_. */
    private static String sign(String secret, String content) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    }
}
