package energy.mwolo.billing.invoices.model;

import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
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
        for (InvoiceLine line : lines) {
            subtotal = subtotal.plus(line.amount());
        }
        Money tax = Money.zero(currency);
        for (RateTax rateTax : taxByRate(lines, currency)) {
            tax = tax.plus(rateTax.tax());
        }
        return new InvoiceTotals(subtotal, tax, subtotal.plus(tax));
    }

    /** The tax per rate, lowest rate first: the rate times the amounts bearing it, rounded once; they add up to tax. */
    public static List<RateTax> taxByRate(List<InvoiceLine> lines, Currency currency) {
        Map<BigDecimal, Money> basesByRate = new TreeMap<>();
        for (InvoiceLine line : lines) {
            if (line.taxRate().signum() > 0) {
                basesByRate.merge(line.taxRate().stripTrailingZeros(), line.amount(), Money::plus);
            }
        }
        List<RateTax> taxes = new ArrayList<>(basesByRate.size());
        basesByRate.forEach((rate, base) -> taxes.add(
                new RateTax(rate, base, Money.rounded(base.amount().multiply(rate), currency))));
        return taxes;
    }

    /** One rate's share of an invoice's tax: the amounts bearing it and what it comes to. */
    public record RateTax(BigDecimal rate, Money base, Money tax) {
    }
}
