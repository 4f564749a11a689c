package energy.mwolo.billing.payments.model;

import static energy.mwolo.billing.payments.model.PaymentFixtures.NOW;
import static energy.mwolo.billing.payments.model.PaymentFixtures.RATE;
import static energy.mwolo.billing.payments.model.PaymentFixtures.issued;
import static energy.mwolo.billing.payments.model.PaymentFixtures.money;
import static energy.mwolo.billing.payments.model.PaymentFixtures.open;
import static energy.mwolo.billing.payments.model.PaymentFixtures.pending;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.billing.invoices.model.Invoice;
import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.Money;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PaymentTest {

    private final UUID client = UUID.randomUUID();

    @Test
    void pendingMoneyIsNotCredit() {
        Payment payment = pending(client, "100.00", Currency.USD);

        assertThat(payment.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(payment.credit()).isEqualTo(money("0.00", Currency.USD));
    }

    @Test
    void confirmationAllocatesAndKeepsTheOverpaymentAsCredit() {
        Invoice invoice = issued(client, 1, "60.00", Currency.USD, 15);
        Payment payment = pending(client, "100.00", Currency.USD);

        List<Allocation> made = payment.confirm(null, List.of(open(invoice)), NOW);

        assertThat(made).singleElement().satisfies(allocation ->
                assertThat(allocation.settled()).isEqualTo(money("60.00", Currency.USD)));
        assertThat(payment.credit()).isEqualTo(money("40.00", Currency.USD));
        assertThat(payment.pullEvents()).singleElement().isEqualTo(
                new PaymentEvent.Confirmed(made, money("40.00", Currency.USD), NOW));
    }

    @Test
    void aFailedPaymentCannotBeConfirmedAfterwards() {
        Payment payment = pending(client, "100.00", Currency.USD);
        payment.fail("Virement rejeté", NOW);

        assertThatThrownBy(() -> payment.confirm(null, List.of(), NOW))
                .isInstanceOf(PaymentTransitionRefused.class);
        assertThat(payment.pullEvents()).containsExactly(new PaymentEvent.Failed("Virement rejeté", NOW));
    }

    @Test
    void confirmingTwiceIsRefused() {
        Payment payment = pending(client, "100.00", Currency.USD);
        payment.confirm(null, List.of(), NOW);

        assertThatThrownBy(() -> payment.confirm(null, List.of(), NOW)).isInstanceOf(PaymentTransitionRefused.class);
    }

    @Test
    void reallocatesCreditToALaterInvoiceAtTheKeptRate() {
        Payment payment = pending(client, "100.00", Currency.USD);
        payment.confirm(RATE, List.of(), NOW);
        Invoice francs = issued(client, 2, "56000.00", Currency.CDF, 15);

        List<Allocation> made = payment.reallocate(money("30.00", Currency.USD), null, List.of(open(francs)), NOW);

        assertThat(made).singleElement().satisfies(allocation -> {
            assertThat(allocation.taken()).isEqualTo(money("20.00", Currency.USD));
            assertThat(allocation.settled()).isEqualTo(money("56000.00", Currency.CDF));
        });
        assertThat(payment.credit()).isEqualTo(money("80.00", Currency.USD));
    }

    @Test
    void reallocatingMoreThanTheCreditIsRefused() {
        Invoice invoice = issued(client, 1, "60.00", Currency.USD, 15);
        Payment payment = pending(client, "100.00", Currency.USD);
        payment.confirm(null, List.of(open(invoice)), NOW);

        assertThatThrownBy(() -> payment.reallocate(money("40.01", Currency.USD), null, List.of(), NOW))
                .isInstanceOf(CreditExceeded.class);
        assertThat(payment.credit()).isEqualTo(money("40.00", Currency.USD));
    }

    @Test
    void aCancelledInvoiceGivesBackWhatThePaymentHadPutOnItAsCredit() {
        Invoice invoice = issued(client, 1, "60.00", Currency.USD, 15);
        Payment payment = pending(client, "100.00", Currency.USD);
        payment.confirm(null, List.of(open(invoice)), NOW);
        payment.pullEvents();

        Money returned = payment.giveBack(invoice.id(), NOW);

        assertThat(returned).isEqualTo(money("60.00", Currency.USD));
        assertThat(payment.credit()).isEqualTo(money("100.00", Currency.USD));
        assertThat(payment.allocations()).singleElement().satisfies(allocation ->
                assertThat(allocation.returned()).isTrue());
        assertThat(payment.pullEvents()).containsExactly(new PaymentEvent.GivenBack(invoice.id(),
                money("60.00", Currency.USD), money("100.00", Currency.USD), NOW));
    }

    @Test
    void givingBackTwiceGivesNothingMore() {
        Invoice invoice = issued(client, 1, "60.00", Currency.USD, 15);
        Payment payment = pending(client, "100.00", Currency.USD);
        payment.confirm(null, List.of(open(invoice)), NOW);
        payment.giveBack(invoice.id(), NOW);
        payment.pullEvents();

        assertThat(payment.giveBack(invoice.id(), NOW)).isEqualTo(money("0.00", Currency.USD));
        assertThat(payment.credit()).isEqualTo(money("100.00", Currency.USD));
        assertThat(payment.pullEvents()).isEmpty();
    }

    @Test
    void aShareInTheOtherCurrencyComesBackAsWhatItTookFromThePayment() {
        Invoice francs = issued(client, 2, "56000.00", Currency.CDF, 15);
        Payment payment = pending(client, "100.00", Currency.USD);
        payment.confirm(RATE, List.of(open(francs)), NOW);

        assertThat(payment.giveBack(francs.id(), NOW)).isEqualTo(money("20.00", Currency.USD));
        assertThat(payment.credit()).isEqualTo(money("100.00", Currency.USD));
    }
}
