package energy.mwolo.systemtests.mobilemoney;

import static energy.mwolo.systemtests.mobilemoney.MobileMoneyPlatform.PROVIDERS;
import static energy.mwolo.systemtests.mobilemoney.MobileMoneyPlatform.count;
import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.CloudEventHeaders;
import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.billing.PaymentReceived;
import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.mobilemoney.simulator.Provider;
import energy.mwolo.mobilemoney.simulator.Scenario;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.KafkaEvents;
import energy.mwolo.systemtests.RunningPlatform;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A payment the customer confirmed whose callback the provider never sends: billing's status queries (every second
 * here, at 3 s, 6 s, 10 s, ... after the request) learn of the success and credit it, once, however many queries
 * follow.
 */
class DroppedCallbackIT {

    @RegisterExtension
    static final RunningPlatform PLATFORM = MobileMoneyPlatform.platform();

    @Test
    void aPaymentWhoseCallbackNeverComesIsCreditedOnceByTheStatusQueries() {
        MobileMoneyPlatform.callBillingBack(PLATFORM);
        UUID client = MobileMoneyPlatform.clients("dropped-" + UUID.randomUUID().toString().substring(0, 8), 1)
                .get(0);
        String token = MobileMoneyPlatform.accountant(PLATFORM);
        Api billing = new Api(PLATFORM.url(ServiceCatalogue.BILLING));
        String msisdn = MobileMoneyPlatform.number(Provider.MPESA);
        PROVIDERS.scenarioForMsisdn(msisdn, Scenario.success(Duration.ZERO).dropped());

        String reference = MobileMoneyPlatform.request(billing, token, client, "6.75", msisdn, Provider.MPESA)
                .path("reference").asString();

        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                count("select count(*) from mobile_money_requests where reference = ? and status = 'succeeded'",
                        reference) == 1);
        assertThat(PROVIDERS.callbacks(reference)).isEmpty();
        assertThat(count("select count(*) from mobile_money_callbacks where body like ?", "%" + reference + "%"))
                .isZero();
        try (KafkaEvents events = KafkaEvents.on(PLATFORM.kafkaBootstrapServers(),
                PaymentReceived.CONTRACT.topic())) {
            events.awaitAtLeast(1, event -> PaymentReceived.CONTRACT.type()
                    .equals(event.header(CloudEventHeaders.TYPE)) && client.equals(ContractJson.read(event.value(),
                    PaymentReceived.class).clientId()), Duration.ofSeconds(60));
            // Later status queries of the request find it final: nothing more is credited or announced.
            List<PaymentReceived> announced = events.readAll(Duration.ofSeconds(8)).stream()
                    .filter(event -> PaymentReceived.CONTRACT.type().equals(event.header(CloudEventHeaders.TYPE)))
                    .map(event -> ContractJson.read(event.value(), PaymentReceived.class))
                    .filter(received -> client.equals(received.clientId()))
                    .toList();
            assertThat(announced).singleElement().satisfies(received -> {
                assertThat(received.method()).isEqualTo("mobile_money");
                assertThat(received.amount()).isEqualByComparingTo("6.75");
            });
        }
        assertThat(count("""
                select count(*) from mobile_money_credits c join mobile_money_requests r on r.id = c.request_id
                where r.reference = ?""", reference)).isEqualTo(1);
        assertThat(MobileMoneyPlatform.creditOf(billing, token, client)).isEqualByComparingTo("6.75");
    }
}
