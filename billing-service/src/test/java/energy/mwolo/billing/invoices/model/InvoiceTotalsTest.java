package energy.mwolo.billing.invoices.model;

import static energy.mwolo.billing.invoices.model.InvoiceFixtures.line;
import static energy.mwolo.billing.invoices.model.InvoiceFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.billing.kernel.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceTotalsTest {

    @Test
    void taxIsRoundedOncePerRateNotLineByLine() {
        // Line by line: 0.03 x 0.16 = 0.0048 -> 0.00, three times 0.00; on the sum: 0.09 x 0.16 = 0.0144 -> 0.01.
        InvoiceTotals totals = InvoiceTotals.of(List.of(line(1, "0.03", "0.16"), line(2, "0.03", "0.16"),
                line(3, "0.03", "0.16")), Currency.USD);

        assertThat(totals.tax()).isEqualTo(usd("0.01"));
        assertThat(totals.total()).isEqualTo(usd("0.10"));
    }

    @Test
    void eachRateIsAppliedToItsOwnLines() {
        InvoiceTotals totals = InvoiceTotals.of(List.of(line(1, "10.00", "0.16"), line(2, "10.00", "0.08"),
                line(3, "10.00", "0.1600")), Currency.USD);

        assertThat(totals.tax()).isEqualTo(usd("4.00"));
        assertThat(totals.subtotal()).isEqualTo(usd("30.00"));
    }

    @Test
    void halfACentOfTaxRoundsUp() {
        // 0.25 x 0.10 = 0.025: half a cent, rounded up.
        InvoiceTotals totals = InvoiceTotals.of(List.of(line(1, "0.25", "0.1")), Currency.USD);

        assertThat(totals.tax()).isEqualTo(usd("0.03"));
    }
}
