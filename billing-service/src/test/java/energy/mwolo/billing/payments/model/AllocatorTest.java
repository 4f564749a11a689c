package energy.mwolo.billing.payments.model;

import static energy.mwolo.billing.payments.model.PaymentFixtures.RATE;
import static energy.mwolo.billing.payments.model.PaymentFixtures.issued;
import static energy.mwolo.billing.payments.model.PaymentFixtures.money;
import static energy.mwolo.billing.payments.model.PaymentFixtures.open;
import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.billing.invoices.model.Invoice;
import energy.mwolo.billing.kernel.Currency;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AllocatorTest {

    private final UUID client = UUID.randomUUID();

    @Test
    void paysTheOldestDueDateFirstThenTheLowestNumber() {
        Invoice laterDue = issued(client, 1, "50.00", Currency.USD, 30);
        Invoice sameDueHigherNumber = issued(client, 3, "50.00", Currency.USD, 15);
        Invoice sameDueLowerNumber = issued(client, 2, "50.00", Currency.USD, 15);
        List<OpenInvoice> invoices = new ArrayList<>(List.of(open(laterDue), open(sameDueHigherNumber),
                open(sameDueLowerNumber)));
        invoices.sort(OpenInvoice.OLDEST_DUE_FIRST);

        List<Allocation> allocations = Allocator.spread(money("80.00", Currency.USD), null, invoices);

        assertThat(allocations).extracting(Allocation::invoiceId)
                .containsExactly(sameDueLowerNumber.id(), sameDueHigherNumber.id());
        assertThat(allocations).extracting(allocation -> allocation.settled().text())
                .containsExactly("50.00", "30.00");
    }

    @Test
    void leavesWhatNoInvoiceAsksForOutOfTheAllocations() {
        Invoice invoice = issued(client, 1, "40.00", Currency.USD, 15);

        List<Allocation> allocations = Allocator.spread(money("100.00", Currency.USD), null, List.of(open(invoice)));

        assertThat(allocations).singleElement().satisfies(allocation -> {
            assertThat(allocation.taken()).isEqualTo(money("40.00", Currency.USD));
            assertThat(allocation.settled()).isEqualTo(money("40.00", Currency.USD));
        });
    }

    @Test
    void convertsADollarPaymentToAFrancInvoiceAtTheRecordedRate() {
        Invoice invoice = issued(client, 1, "280000.00", Currency.CDF, 15);

        List<Allocation> allocations = Allocator.spread(money("50.00", Currency.USD), RATE, List.of(open(invoice)));

        assertThat(allocations).singleElement().satisfies(allocation -> {
            assertThat(allocation.taken()).isEqualTo(money("50.00", Currency.USD));
            assertThat(allocation.settled()).isEqualTo(money("140000.00", Currency.CDF));
        });
    }

    @Test
    void takesOnlyTheConvertedBalanceWhenTheInvoiceAsksLessAndRoundsHalfEven() {
        // 1000.00 CDF at 2800 = 0.357142... USD, rounded to 0.36: the rest of the 10.00 stays as credit
        Invoice invoice = issued(client, 1, "1000.00", Currency.CDF, 15);

        Allocation allocation = Allocator.spread(money("10.00", Currency.USD), RATE, List.of(open(invoice))).get(0);

        assertThat(allocation.taken()).isEqualTo(money("0.36", Currency.USD));
        assertThat(allocation.settled()).isEqualTo(money("1000.00", Currency.CDF));
    }

    @Test
    void roundsAnExactHalfCentToTheEvenCent() {
        Conversion rate = new Conversion(new BigDecimal("2000.0000"));
        // 0.125 USD is exactly half way: half-even keeps 0.12 where half-up would make 0.13
        assertThat(rate.convert(money("250.00", Currency.CDF), Currency.USD)).isEqualTo(money("0.12", Currency.USD));
        assertThat(rate.convert(money("270.00", Currency.CDF), Currency.USD)).isEqualTo(money("0.14", Currency.USD));
    }

    @Test
    void neverTakesLessThanACentForATinyForeignBalance() {
        Invoice invoice = issued(client, 1, "7.00", Currency.CDF, 15);

        Allocation allocation = Allocator.spread(money("10.00", Currency.USD), RATE, List.of(open(invoice))).get(0);

        assertThat(allocation.taken()).isEqualTo(money("0.01", Currency.USD));
        assertThat(allocation.settled()).isEqualTo(money("7.00", Currency.CDF));
    }

    @Test
    void skipsAnInvoiceTheRemainderIsWorthNothingIn() {
        Invoice franc = issued(client, 1, "10000.00", Currency.CDF, 15);

        List<Allocation> allocations = Allocator.spread(money("1.00", Currency.CDF), RATE,
                List.of(open(issued(client, 2, "10.00", Currency.USD, 10)), open(franc)));

        assertThat(allocations).singleElement().satisfies(allocation ->
                assertThat(allocation.invoiceId()).isEqualTo(franc.id()));
    }
}
