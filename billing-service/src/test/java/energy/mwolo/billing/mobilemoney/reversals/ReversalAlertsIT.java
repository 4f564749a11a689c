package energy.mwolo.billing.mobilemoney.reversals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import energy.mwolo.billing.AbstractApiIT;
import energy.mwolo.billing.Tokens;
import energy.mwolo.mobilemoney.simulator.Scenario;
import energy.mwolo.platformtest.Api.Reply;
import energy.mwolo.platformtest.KafkaEvents;
import energy.mwolo.platformtest.ReceivedEvent;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A provider that reports a failure of a request already credited: an alert, told once; the credit stays. */
class ReversalAlertsIT extends AbstractApiIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    /**
     * The request is committed with the HTTP request's transaction (the idempotency key's), after the provider was
     * called: a callback sooner than that finds no request yet.
     */
    private static final Duration CALLBACK_DELAY = Duration.ofSeconds(2);

    @Autowired
    private MeterRegistry meters;

    @BeforeEach
    void providersCallBack() {
        providerCallbacksComeHere();
    }

    @Test
    void aFailureAfterACreditedAirtelSuccessIsToldOnceEvenWhenRepeatedAndTheCreditStays() {
        UUID client = client();
        String msisdn = unusedNumber("99");
        PROVIDERS.scenarioForMsisdn(msisdn, Scenario.success(CALLBACK_DELAY).thenFailure());
        double before = meters.counter("billing.mobile_money.reversals_reported", "provider", "airtel").count();

        Reply created = api.post("/api/billing/mobile-money/requests/", Map.of("client", client.toString(),
                        "amount", "5.00", "currency", "USD", "msisdn", "+243" + msisdn, "provider", "airtel"))
                .as(Tokens.accountant()).header("Idempotency-Key", key()).send();
        String reference = created.json().path("reference").asString();
        String requestId = created.json().path("id").asString();
        // The simulator lists a callback once billing's answer is back, a moment after billing stored its verdict.
        await().atMost(WAIT).until(() -> verdicts(reference).size() == 2
                && PROVIDERS.callbacks(reference).size() == 2);
        PROVIDERS.replay(PROVIDERS.callbacks(reference).get(1).id());
        await().atMost(WAIT).until(() -> verdicts(reference).size() == 3);

        assertThat(verdicts(reference)).containsExactly("credited", "contradicts_success", "contradicts_success");
        assertThat(jdbc.sql("select status from payments where client_id = ? and method = 'mobile_money'")
                .param(client).query(String.class).list()).containsExactly("confirmed");
        assertThat(meters.counter("billing.mobile_money.reversals_reported", "provider", "airtel").count() - before)
                .isEqualTo(1.0);
        assertThat(jdbc.sql("""
                        select count(*) from mobile_money_reversals v join mobile_money_credits c on c.id = v.credit_id
                        where c.request_id = ?::uuid""").param(requestId).query(Long.class).single()).isEqualTo(1);
        String paymentId = jdbc.sql("select id::text from payments where client_id = ? and method = 'mobile_money'")
                .param(client).query(String.class).single();
        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), "billing.payment.events")) {
            events.awaitAtLeast(1, event -> alertOf(paymentId, event), WAIT);
            List<JsonNode> alerts = events.readAll(Duration.ofMillis(500)).stream()
                    .filter(event -> alertOf(paymentId, event)).map(event -> json(event.value())).toList();
            assertThat(alerts).hasSize(1);
            assertThat(alerts.get(0).path("request_id").asString()).isEqualTo(requestId);
            assertThat(alerts.get(0).path("provider").asString()).isEqualTo("airtel");
            assertThat(alerts.get(0).path("payment_reference").asString()).startsWith("PAY-");
            assertThat(alerts.get(0).path("reason").asString()).isNotBlank();
        }
    }

    private static boolean alertOf(String paymentId, ReceivedEvent event) {
        return paymentId.equals(event.key()) && "billing.MobileMoneyReversalReported".equals(event.header("ce_type"));
    }

    private List<String> verdicts(String reference) {
        return jdbc.sql("""
                        select verdict from mobile_money_callbacks where body like ? and verdict is not null
                        order by id""")
                .param("%" + reference + "%").query(String.class).list();
    }
}
