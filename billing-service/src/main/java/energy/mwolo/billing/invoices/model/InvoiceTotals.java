package energy.mwolo.billing.invoices.model;

import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An invoice's totals, from its lines only: subtotal = the lines' amounts; tax = for each rate, the rate times the
 * amounts bearing it, rounded once to the cent (not line by line, which would let cents drift); total = subtotal +
 * tax.
 */
public record InvoiceTotals(Money subtotal, Money tax, Money total) {

    public static InvoiceTotals of(List<InvoiceLine> lines, Currency currency) {
        Money subtotal = Money.zero(currency);
        Map<BigDecimal, BigDecimal> basesByRate = new TreeMap<>();
        for (InvoiceLine line : lines) {
            subtotal = subtotal.plus(line.amount());
            if (line.taxRate().signum() > 0) {
                basesByRate.merge(line.taxRate().stripTrailingZeros(), line.amount().amount(), BigDecimal::add);
            }
        }
        Money tax = Money.zero(currency);
        for (Map.Entry<BigDecimal, BigDecimal> base : basesByRate.entrySet()) {
            tax = tax.plus(Money.rounded(base.getValue().multiply(base.getKey()), currency));
        }
        return new InvoiceTotals(subtotal, tax, subtotal.plus(tax));
    }
}
