package energy.mwolo.billing.mobilemoney.model;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MobileMoneyRequestTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void aSuccessEndsAPendingRequestOnceAndNamesTheTransaction() {
        MobileMoneyRequest request = request();

        assertThat(request.succeed("MP1", NOW)).isTrue();
        assertThat(request.succeed("MP1", NOW.plusSeconds(5))).isFalse();
        assertThat(request.status()).isEqualTo(RequestStatus.SUCCEEDED);
        assertThat(request.providerIds().transactionId()).isEqualTo("MP1");
        assertThat(request.completedAt()).isEqualTo(NOW);
    }

    @Test
    void aFailureAfterASuccessChangesNothing() {
        MobileMoneyRequest request = request();
        request.succeed("MP1", NOW);

        assertThat(request.fail("INS-6 failed", NOW.plusSeconds(5))).isFalse();
        assertThat(request.status()).isEqualTo(RequestStatus.SUCCEEDED);
        assertThat(request.failureReason()).isNull();
    }

    @Test
    void aLateSuccessStillEndsAnExpiredOrFailedRequest() {
        MobileMoneyRequest expired = request();
        expired.expire(NOW);
        MobileMoneyRequest failed = request();
        failed.fail("INS-9 timeout", NOW);

        assertThat(expired.succeed("MP1", NOW.plusSeconds(60))).isTrue();
        assertThat(failed.succeed("MP2", NOW.plusSeconds(60))).isTrue();
        assertThat(failed.status()).isEqualTo(RequestStatus.SUCCEEDED);
        assertThat(failed.failureReason()).isNull();
    }

    @Test
    void collectsOnlyTheSameAmountInTheSameCurrency() {
        MobileMoneyRequest request = request();

        assertThat(request.collects(new Money(new BigDecimal("7.25"), Currency.USD))).isTrue();
        assertThat(request.collects(new Money(new BigDecimal("7.24"), Currency.USD))).isFalse();
        assertThat(request.collects(new Money(new BigDecimal("7.25"), Currency.CDF))).isFalse();
    }

    private static MobileMoneyRequest request() {
        return MobileMoneyRequest.open(UUID.randomUUID(), "MM1", UUID.randomUUID(),
                new Money(new BigDecimal("7.25"), Currency.USD), List.of(), Provider.MPESA,
                Msisdn.parse("+243812345678"), null, NOW);
    }
}
