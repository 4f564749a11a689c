package energy.mwolo.billing.payments.model;

import static energy.mwolo.billing.payments.model.PaymentFixtures.NOW;
import static energy.mwolo.billing.payments.model.PaymentFixtures.TODAY;
import static energy.mwolo.billing.payments.model.PaymentFixtures.issued;
import static energy.mwolo.billing.payments.model.PaymentFixtures.open;
import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.billing.invoices.model.Invoice;
import energy.mwolo.billing.invoices.model.InvoiceId;
import energy.mwolo.billing.invoices.model.InvoiceStatus;
import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.DocumentNumber;
import energy.mwolo.billing.kernel.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Random scenarios (seeded, so a failure can be replayed from the seed in its message): invoices and payments in both
 * currencies, pending payments that fail, credit notes, cancellations of paid invoices, over-payments and re-allocation of credit. Whatever happens,
 * no money is created or lost.
 */
class PaymentInvariantsTest {

    private static final int SCENARIOS = 200;

    @Test
    void everyConfirmedCentIsAllocatedOrCreditAndEveryInvoiceBalanceAddsUp() {
        for (int seed = 1; seed <= SCENARIOS; seed++) {
            new Scenario(new Random(seed), seed).run();
        }
    }

    private static final class Scenario {

        private final Random random;
        private final int seed;
        private final UUID client = UUID.randomUUID();
        private final List<Invoice> invoices = new ArrayList<>();
        private final List<Payment> payments = new ArrayList<>();
        private final Map<InvoiceId, Money> credited = new HashMap<>();
        /** By identity: two allocations of the same amount to the same invoice are two allocations. */
        private final Set<Allocation> applied = Collections.newSetFromMap(new IdentityHashMap<>());
        private long sequence;
        private final Conversion rate;

        Scenario(Random random, int seed) {
            this.random = random;
            this.seed = seed;
            this.rate = new Conversion(new BigDecimal(1500 + random.nextInt(2000)).add(
                    BigDecimal.valueOf(random.nextInt(10_000), 4)));
        }

        void run() {
            int steps = 5 + random.nextInt(20);
            for (int step = 0; step < steps; step++) {
                switch (random.nextInt(6)) {
                    case 0, 1 -> issueInvoice();
                    case 2, 3 -> receivePayment();
                    case 4 -> creditSomeInvoice();
                    default -> cancelSomeInvoice();
                }
            }
            check();
        }

        private void issueInvoice() {
            Currency currency = currency();
            Invoice invoice = issued(client, ++sequence, amount(currency), currency, random.nextInt(30));
            invoices.add(invoice);
            for (Payment payment : payments) {
                Money credit = payment.credit();
                if (credit.isPositive() && random.nextBoolean()) {
                    payment.reallocate(credit, rate, List.of(open(invoice)), NOW);
                    settle(payment);
                }
            }
        }

        private void receivePayment() {
            Currency currency = currency();
            Payment payment = Payment.receive(new DocumentNumber(Payment.PREFIX, 2026, ++sequence), client,
                    new Money(new BigDecimal(amount(currency)), currency), PaymentMethod.CARD, NOW, TODAY,
                    PaymentSource.reference("REF-" + sequence));
            payments.add(payment);
            if (random.nextInt(5) == 0) {
                payment.fail("Refusée", NOW);
                return;
            }
            List<OpenInvoice> open = new ArrayList<>(invoices.stream()
                    .filter(invoice -> invoice.status().isOpen()).map(PaymentFixtures::open).toList());
            open.sort(OpenInvoice.OLDEST_DUE_FIRST);
            List<Allocation> made = payment.confirm(rate, open, NOW);
            apply(payment, made);
        }

        private void creditSomeInvoice() {
            List<Invoice> open = invoices.stream().filter(invoice -> invoice.status().isOpen()).toList();
            if (open.isEmpty()) {
                return;
            }
            Invoice invoice = open.get(random.nextInt(open.size()));
            BigDecimal share = BigDecimal.valueOf(1 + random.nextInt(100), 2);
            Money amount = invoice.balance().times(share);
            if (!amount.isPositive()) {
                return;
            }
            invoice.credit(new DocumentNumber(DocumentNumber.CREDIT_NOTE, 2026, ++sequence), amount, "Geste",
                    TODAY, NOW);
            credited.merge(invoice.id(), amount, Money::plus);
        }

        /** A full credit note, paid or not: what payments had put on the invoice is their credit again. */
        private void cancelSomeInvoice() {
            List<Invoice> cancellable = invoices.stream()
                    .filter(invoice -> invoice.status().isOpen() || invoice.status() == InvoiceStatus.PAID).toList();
            if (cancellable.isEmpty()) {
                return;
            }
            Invoice invoice = cancellable.get(random.nextInt(cancellable.size()));
            Money owed = invoice.totals().total().minus(credited.getOrDefault(invoice.id(),
                    Money.zero(invoice.currency())));
            invoice.cancel(new DocumentNumber(DocumentNumber.CREDIT_NOTE, 2026, ++sequence), "Annulée", TODAY, NOW);
            credited.merge(invoice.id(), owed, Money::plus);
            for (Payment payment : payments) {
                payment.giveBack(invoice.id(), NOW);
            }
        }

        private void settle(Payment payment) {
            apply(payment, payment.allocations().stream().filter(allocation -> !allocation.returned() && !applied.contains(allocation))
                    .toList());
        }

        private void apply(Payment payment, List<Allocation> made) {
            for (Allocation allocation : made) {
                applied.add(allocation);
                invoice(allocation.invoiceId()).allocate(allocation.settled(), payment.id().value(), NOW);
            }
        }

        private Invoice invoice(InvoiceId id) {
            return invoices.stream().filter(invoice -> invoice.id().equals(id)).findFirst().orElseThrow();
        }

        private void check() {
            for (Currency currency : Currency.values()) {
                Money confirmed = Money.zero(currency);
                Money placed = Money.zero(currency);
                for (Payment payment : payments) {
                    if (payment.amount().currency() != currency) {
                        continue;
                    }
                    if (payment.status() == PaymentStatus.CONFIRMED) {
                        confirmed = confirmed.plus(payment.amount());
                        placed = placed.plus(payment.credit());
                        for (Allocation allocation : payment.allocations()) {
                            if (!allocation.returned()) {
                                placed = placed.plus(allocation.taken());
                            }
                        }
                    } else {
                        assertThat(payment.allocations()).as("seed %d", seed).isEmpty();
                    }
                }
                assertThat(placed).as("seed %d, %s", seed, currency).isEqualTo(confirmed);
            }
            for (Invoice invoice : invoices) {
                Money settled = Money.zero(invoice.currency());
                Money givenBack = Money.zero(invoice.currency());
                for (Payment payment : payments) {
                    for (Allocation allocation : payment.allocations()) {
                        if (allocation.invoiceId().equals(invoice.id()) && allocation.returned()) {
                            givenBack = givenBack.plus(allocation.settled());
                        } else if (allocation.invoiceId().equals(invoice.id())) {
                            settled = settled.plus(allocation.settled());
                        }
                    }
                }
                if (invoice.status() == InvoiceStatus.CANCELLED) {
                    assertThat(settled.isZero()).as("seed %d, %s keeps no payment", seed, invoice.number()).isTrue();
                    assertThat(givenBack).as("seed %d", seed).isEqualTo(invoice.paidBeyondTotal());
                } else {
                    assertThat(givenBack.isZero()).as("seed %d", seed).isTrue();
                }
                Money expected = invoice.totals().total().minus(settled)
                        .minus(credited.getOrDefault(invoice.id(), Money.zero(invoice.currency())));
                if (invoice.status().isOpen() || invoice.balance().isPositive()) {
                    assertThat(invoice.balance()).as("seed %d, %s", seed, invoice.number()).isEqualTo(expected);
                }
                assertThat(invoice.balance().isNegative()).as("seed %d", seed).isFalse();
                assertThat(invoice.amountPaid()).as("seed %d", seed).isEqualTo(settled.plus(givenBack));
            }
        }

        private Currency currency() {
            return random.nextBoolean() ? Currency.USD : Currency.CDF;
        }

        private String amount(Currency currency) {
            int units = currency == Currency.USD ? 1 + random.nextInt(300) : 100 + random.nextInt(800_000);
            return units + "." + String.format("%02d", random.nextInt(100));
        }
    }
}
