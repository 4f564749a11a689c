package energy.mwolo.billing.mobilemoney.events;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.billing.AbstractApiIT;
import energy.mwolo.billing.Tokens;
import energy.mwolo.billing.mobilemoney.application.Reconciling;
import energy.mwolo.mobilemoney.simulator.Provider;
import energy.mwolo.mobilemoney.simulator.Scenario;
import energy.mwolo.mobilemoney.simulator.Scenario.Result;
import energy.mwolo.platformtest.Api.Reply;
import energy.mwolo.platformtest.KafkaEvents;
import energy.mwolo.platformtest.ReceivedEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * What operations hears of a mobile-money request on {@code billing.payment.events}: started when it is saved, ended
 * once it is credited, failed or expired, and ended again as credited when money comes after all.
 */
class MobileMoneyEventsIT extends AbstractApiIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    private Reconciling reconciling;

    @BeforeEach
    void providersCallThisService() {
        for (Provider provider : Provider.values()) {
            PROVIDERS.callbackUrl(provider, "http://localhost:" + port() + "/api/billing/webhooks/" + provider.key()
                    + "/");
        }
    }

    @Test
    void aCreditedRequestIsStartedThenEndedAsCredited() {
        UUID client = client();
        String msisdn = number("81");
        PROVIDERS.scenarioForMsisdn(msisdn, Scenario.success(Duration.ofMillis(300)));

        Reply created = request(client, "7.25", "USD", msisdn, "mpesa");

        assertThat(created.status()).as(created.toString()).isEqualTo(202);
        String id = created.json().path("id").asString();
        List<ReceivedEvent> events = awaitEvents(id, 2);
        JsonNode started = json(events.get(0).value());
        assertThat(events.get(0).header("ce_type")).isEqualTo("billing.MobileMoneyPaymentStarted");
        assertThat(started.path("reference").asString()).isEqualTo(created.json().path("reference").asString());
        assertThat(started.path("client_id").asString()).isEqualTo(client.toString());
        assertThat(started.path("provider").asString()).isEqualTo("mpesa");
        assertThat(started.path("amount").asString()).isEqualTo("7.25");
        assertThat(started.path("currency").asString()).isEqualTo("USD");
        assertThat(started.path("invoice_ids")).isEmpty();
        assertThat(started.path("msisdn_masked").asString())
                .isEqualTo("+243" + msisdn.substring(0, 2) + "****" + msisdn.substring(6));
        assertThat(Duration.between(Instant.parse(started.path("occurred_at").asString()),
                Instant.parse(started.path("hold_until").asString()))).isEqualTo(Duration.ofMinutes(30));
        assertThat(events.get(1).header("ce_type")).isEqualTo("billing.MobileMoneyPaymentEnded");
        JsonNode ended = json(events.get(1).value());
        assertThat(ended.path("outcome").asString()).isEqualTo("credited");
        assertThat(ended.path("client_id").asString()).isEqualTo(client.toString());
    }

    @Test
    void aRequestTheCustomerDeclinesEndsAsFailed() {
        String msisdn = number("82");
        PROVIDERS.scenarioForMsisdn(msisdn, Scenario.of(Result.FAILURE).withDelay(Duration.ofMillis(300)));

        String id = request(client(), "3.00", "USD", msisdn, "mpesa").json().path("id").asString();

        List<ReceivedEvent> events = awaitEvents(id, 2);
        assertThat(events).extracting(event -> event.header("ce_type"))
                .containsExactly("billing.MobileMoneyPaymentStarted", "billing.MobileMoneyPaymentEnded");
        assertThat(json(events.get(1).value()).path("outcome").asString()).isEqualTo("failed");
    }

    @Test
    void anExpiredRequestEndsAsExpiredThenAgainAsCreditedWhenTheMoneyComesLate() {
        String msisdn = number("83");
        PROVIDERS.scenarioForMsisdn(msisdn, Scenario.of(Result.AWAIT_CONFIRMATION));
        Reply created = request(client(), "15.00", "USD", msisdn, "mpesa");
        String id = created.json().path("id").asString();
        String reference = created.json().path("reference").asString();
        jdbc.sql("update mobile_money_requests set checks = 4, next_check_at = now() where id = ?::uuid")
                .param(id).update();

        reconciling.checkDue();
        assertThat(awaitEvents(id, 2)).extracting(event -> json(event.value()).path("outcome").asString())
                .containsExactly("", "expired");
        PROVIDERS.confirm(reference);

        List<ReceivedEvent> events = awaitEvents(id, 3);
        assertThat(events).extracting(event -> event.header("ce_type")).containsExactly(
                "billing.MobileMoneyPaymentStarted", "billing.MobileMoneyPaymentEnded",
                "billing.MobileMoneyPaymentEnded");
        assertThat(json(events.get(2).value()).path("outcome").asString()).isEqualTo("credited");
        assertThat(jdbc.sql("select count(*) from mobile_money_credits where request_id = ?::uuid").param(id)
                .query(Long.class).single()).isEqualTo(1);
    }

    /**
     * The request's events in the order they were published (one key: one partition), once {@code count} came and
     * then nothing more for a moment: a duplicate would show.
     */
    private List<ReceivedEvent> awaitEvents(String requestId, int count) {
        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), "billing.payment.events")) {
            events.awaitAtLeast(count, event -> requestId.equals(event.key()), WAIT);
            return events.readAll(Duration.ofMillis(500)).stream().filter(event -> requestId.equals(event.key()))
                    .toList();
        }
    }

    private Reply request(UUID client, String amount, String currency, String msisdn, String provider) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("client", client.toString());
        body.put("amount", amount);
        body.put("currency", currency);
        body.put("msisdn", "+243" + msisdn);
        body.put("provider", provider);
        return api.post("/api/billing/mobile-money/requests/", body).as(Tokens.accountant())
                .header("Idempotency-Key", key()).send();
    }

    /** A number of this operator prefix no other test uses. */
    private static String number(String prefix) {
        return prefix + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }
}
