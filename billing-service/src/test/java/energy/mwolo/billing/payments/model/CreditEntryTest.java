package energy.mwolo.billing.payments.model;

import static energy.mwolo.billing.payments.model.PaymentFixtures.NOW;
import static energy.mwolo.billing.payments.model.PaymentFixtures.RATE;
import static energy.mwolo.billing.payments.model.PaymentFixtures.issued;
import static energy.mwolo.billing.payments.model.PaymentFixtures.money;
import static energy.mwolo.billing.payments.model.PaymentFixtures.open;
import static energy.mwolo.billing.payments.model.PaymentFixtures.pending;
import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.billing.invoices.model.Invoice;
import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CreditEntryTest {

    private final UUID client = UUID.randomUUID();

    @Test
    void theLedgerAddsUpToWhatThePaymentStillHolds() {
        Payment payment = pending(client, "100.00", Currency.USD);
        payment.confirm(RATE, List.of(open(issued(client, 1, "30.00", Currency.USD, 15))), NOW);
        Invoice francs = issued(client, 2, "28000.00", Currency.CDF, 15);
        payment.reallocate(money("50.00", Currency.USD), null, List.of(open(francs)), NOW);

        List<CreditEntry> ledger = new ArrayList<>();
        payment.pullEvents().forEach(event -> ledger.addAll(CreditEntry.of(payment, event)));

        assertThat(ledger).extracting(entry -> entry.amount().text()).containsExactly("70.00", "-10.00");
        assertThat(ledger.get(1).invoiceId()).isEqualTo(francs.id());
        Money sum = ledger.stream().map(CreditEntry::amount).reduce(Money.zero(Currency.USD), Money::plus);
        assertThat(sum).isEqualTo(payment.credit()).isEqualTo(money("60.00", Currency.USD));
    }

    @Test
    void aFailedOrFullyAllocatedPaymentLeavesNoCredit() {
        Payment failed = pending(client, "100.00", Currency.USD);
        failed.fail("Carte refusée", NOW);
        Payment exact = pending(client, "30.00", Currency.USD);
        exact.confirm(null, List.of(open(issued(client, 1, "30.00", Currency.USD, 15))), NOW);

        assertThat(failed.pullEvents()).flatMap(event -> CreditEntry.of(failed, event)).isEmpty();
        assertThat(exact.pullEvents()).flatMap(event -> CreditEntry.of(exact, event)).isEmpty();
    }
}
