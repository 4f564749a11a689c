package energy.mwolo.billing.mobilemoney.model;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.Money;
import energy.mwolo.billing.mobilemoney.model.RequestEvent.Ended;
import energy.mwolo.billing.mobilemoney.model.RequestEvent.Started;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestEventsTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void anOpenedRequestIsStartedOnceAndARestoredOneTellsNothing() {
        MobileMoneyRequest request = opened(Provider.MPESA, "+243812345678");

        assertThat(request.pullEvents()).containsExactly(new Started(NOW));
        assertThat(request.pullEvents()).isEmpty();
        assertThat(MobileMoneyRequest.restore(request.id(), "MM1", request.clientId(), request.amount(), List.of(),
                Provider.MPESA, request.msisdn(), null, NOW, RequestStatus.PENDING, null, null, null).pullEvents())
                .isEmpty();
    }

    @Test
    void eachEndIsToldOnceAndALateSuccessEndsItAgain() {
        MobileMoneyRequest request = opened(Provider.MPESA, "+243812345678");
        request.pullEvents();

        request.expire(NOW.plusSeconds(60));
        request.fail("INS-6", NOW.plusSeconds(61));
        request.succeed("MP1", NOW.plusSeconds(120));
        request.succeed("MP1", NOW.plusSeconds(121));
        request.fail("INS-6", NOW.plusSeconds(122));

        assertThat(request.pullEvents()).containsExactly(new Ended(RequestStatus.EXPIRED, NOW.plusSeconds(60)),
                new Ended(RequestStatus.SUCCEEDED, NOW.plusSeconds(120)));
    }

    @Test
    void theAggregatorsCustomerIsNamedByItsNumbersOperator() {
        assertThat(opened(Provider.AGGREGATOR, "+243812345678").payerOperatorCode()).isEqualTo("mpesa");
        assertThat(opened(Provider.AGGREGATOR, "+243901234567").payerOperatorCode()).isEqualTo("africell");
        assertThat(opened(Provider.AIRTEL, "+243971234567").payerOperatorCode()).isEqualTo("airtel");
    }

    private static MobileMoneyRequest opened(Provider provider, String msisdn) {
        return MobileMoneyRequest.open(UUID.randomUUID(), "MM1", UUID.randomUUID(),
                new Money(new BigDecimal("7.25"), Currency.USD), List.of(), provider, Msisdn.parse(msisdn), null,
                NOW);
    }
}
