package energy.mwolo.billing.mobilemoney.paybill.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.Money;
import energy.mwolo.billing.mobilemoney.model.Msisdn;
import energy.mwolo.billing.mobilemoney.model.Provider;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A paybill payment's life: as notified, then as its provider's later status queries and accountants decide. */
class PaybillPaymentTest {

    private static final Instant NOTIFIED = Instant.parse("2026-12-04T09:15:00Z");
    private static final Instant LATER = NOTIFIED.plusSeconds(120);
    private static final UUID CLIENT = UUID.randomUUID();
    private static final UUID INVOICE = UUID.randomUUID();

    @Test
    void aConfirmedPaymentNamingOneClientIsCreditedAtOnceAndAnUnconfirmedOneAwaitsItsProvider() {
        PaybillPayment confirmed = notified(true, AccountMatch.client(CLIENT, INVOICE));
        PaybillPayment unconfirmed = notified(false, AccountMatch.client(CLIENT, INVOICE));

        assertThat(confirmed.status()).isEqualTo(PaybillStatus.CREDITED);
        assertThat(confirmed.clientId()).isEqualTo(CLIENT);
        assertThat(confirmed.invoiceId()).isEqualTo(INVOICE);
        assertThat(confirmed.awaitsConfirmation()).isFalse();
        assertThat(unconfirmed.status()).isEqualTo(PaybillStatus.PARKED);
        assertThat(unconfirmed.parkReason()).isEqualTo(ParkReason.UNCONFIRMED);
        assertThat(unconfirmed.clientId()).isNull();
        assertThat(unconfirmed.awaitsConfirmation()).isTrue();
    }

    @Test
    void confirmedLaterItIsCreditedToTheClientItsReferenceNamesThenOrParkedForAnAccountant() {
        PaybillPayment named = notified(false, AccountMatch.NONE);
        PaybillPayment nobody = notified(false, AccountMatch.client(CLIENT, null));
        PaybillPayment several = notified(false, AccountMatch.NONE);

        assertThat(named.confirmedByProvider(AccountMatch.client(CLIENT, INVOICE), LATER)).isTrue();
        assertThat(nobody.confirmedByProvider(AccountMatch.NONE, LATER)).isTrue();
        assertThat(several.confirmedByProvider(AccountMatch.AMBIGUOUS, LATER)).isTrue();

        assertThat(named.status()).isEqualTo(PaybillStatus.CREDITED);
        assertThat(named.creditedAt()).isEqualTo(LATER);
        assertThat(named.parkReason()).isNull();
        assertThat(nobody.parkReason()).isEqualTo(ParkReason.UNMATCHED);
        assertThat(nobody.isConfirmed()).isTrue();
        assertThat(several.parkReason()).isEqualTo(ParkReason.AMBIGUOUS);
        assertThat(named.confirmedByProvider(AccountMatch.client(UUID.randomUUID(), null), LATER.plusSeconds(1)))
                .as("a second confirmation changes nothing").isFalse();
        assertThat(named.clientId()).isEqualTo(CLIENT);
    }

    @Test
    void refusedByItsProviderItLeavesTheParkedOnesAndCanNeitherBeConfirmedNorAssigned() {
        PaybillPayment payment = notified(false, AccountMatch.client(CLIENT, null));

        assertThat(payment.refusedByProvider()).isTrue();

        assertThat(payment.status()).isEqualTo(PaybillStatus.REFUSED);
        assertThat(payment.parkReason()).isNull();
        assertThat(payment.awaitsConfirmation()).isFalse();
        assertThat(payment.confirmedByProvider(AccountMatch.client(CLIENT, null), LATER)).isFalse();
        assertThat(payment.refusedByProvider()).isFalse();
        assertThatThrownBy(() -> payment.assign(CLIENT, UUID.randomUUID(), LATER))
                .isInstanceOf(PaybillNotAssignable.class);
        assertThat(payment.isCredited()).isFalse();
    }

    @Test
    void aCreditedOrConfirmedPaymentIsNeverRefusedByALaterAnswer() {
        PaybillPayment credited = notified(true, AccountMatch.client(CLIENT, null));
        PaybillPayment unmatched = notified(true, AccountMatch.NONE);

        assertThat(credited.refusedByProvider()).isFalse();
        assertThat(unmatched.refusedByProvider()).isFalse();

        assertThat(credited.status()).isEqualTo(PaybillStatus.CREDITED);
        assertThat(unmatched.status()).isEqualTo(PaybillStatus.PARKED);
        assertThat(unmatched.parkReason()).isEqualTo(ParkReason.UNMATCHED);
    }

    private static PaybillPayment notified(boolean confirmed, AccountMatch match) {
        return PaybillPayment.received(UUID.randomUUID(), Provider.MPESA, "TX" + UUID.randomUUID(), "CL-2026-000042",
                new Msisdn("812345678"), new Money(new BigDecimal("12.50"), Currency.USD), 7L, match, confirmed,
                NOTIFIED);
    }
}
