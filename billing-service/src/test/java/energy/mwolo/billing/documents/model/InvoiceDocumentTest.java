package energy.mwolo.billing.documents.model;

import static energy.mwolo.billing.documents.DocumentFixtures.usd;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import energy.mwolo.billing.documents.DocumentFixtures;
import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.Money;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An invoice mapped wrongly from its aggregate is refused before anything is printed. */
class InvoiceDocumentTest {

    private final InvoiceDocument valid = DocumentFixtures.invoice();

    @Test
    void refusesASubtotalThatIsNotTheSumOfTheLines() {
        assertThatIllegalArgumentException().isThrownBy(() -> with(usd("1064.29"), valid.taxes(),
                usd("1234.57"), valid.amountPaid(), usd("1234.57"))).withMessageContaining("subtotal");
    }

    @Test
    void refusesATotalThatIsNotTheSubtotalPlusTheTaxes() {
        assertThatIllegalArgumentException().isThrownBy(() -> with(valid.subtotal(), valid.taxes(), usd("1234.00"),
                valid.amountPaid(), usd("1234.00"))).withMessageContaining("total");
    }

    @Test
    void refusesABalanceThatIsNotTheTotalLessWhatWasPaid() {
        assertThatIllegalArgumentException().isThrownBy(() -> with(valid.subtotal(), valid.taxes(), valid.total(),
                usd("100.00"), valid.total())).withMessageContaining("balance");
    }

    @Test
    void refusesAmountsInAnotherCurrencyThanTheInvoices() {
        Money francs = new Money(new BigDecimal("0.00"), Currency.CDF);
        assertThatIllegalArgumentException().isThrownBy(() -> with(valid.subtotal(), valid.taxes(), valid.total(),
                francs, valid.balance())).withMessageContaining("amountPaid");
    }

    @Test
    void refusesANumberThatIsNotAnInvoiceNumber() {
        assertThatIllegalArgumentException().isThrownBy(() -> new InvoiceDocument("FAC-2026-12/../x",
                valid.status(), valid.issueDate(), valid.dueDate(), valid.periodStart(), valid.periodEnd(),
                valid.customer(), valid.site(), valid.contractNumber(), valid.currency(), valid.lines(),
                valid.subtotal(), valid.taxes(), valid.total(), valid.amountPaid(), valid.amountCredited(),
                valid.balance()));
    }

    @Test
    void refusesAnInvoiceWithoutLines() {
        assertThatIllegalArgumentException().isThrownBy(() -> new InvoiceDocument(valid.number(), valid.status(),
                valid.issueDate(), valid.dueDate(), valid.periodStart(), valid.periodEnd(), valid.customer(),
                valid.site(), valid.contractNumber(), valid.currency(), List.of(), usd("0"), List.of(), usd("0"),
                usd("0"), usd("0"), usd("0")));
    }

    private InvoiceDocument with(Money subtotal, List<TaxAmount> taxes, Money total, Money paid, Money balance) {
        return new InvoiceDocument(valid.number(), valid.status(), valid.issueDate(), valid.dueDate(),
                valid.periodStart(), valid.periodEnd(), valid.customer(), valid.site(), valid.contractNumber(),
                valid.currency(), valid.lines(), subtotal, taxes, total, paid, valid.amountCredited(), balance);
    }
}
