package energy.mwolo.billing.invoices.model;

import energy.mwolo.billing.kernel.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A line of an invoice, computed by the system: {@code amount} = quantity x unit price - discount, rounded to the
 * cent, before tax; {@code taxRate} is the fraction of VAT that applies to it (0 for none).
 */
public record InvoiceLine(int position, LineKind kind, String description, BigDecimal quantity, String unit,
                          BigDecimal unitPrice, Money discount, BigDecimal taxRate, Money amount) {

    public InvoiceLine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(discount, "discount");
        Objects.requireNonNull(taxRate, "taxRate");
        Objects.requireNonNull(amount, "amount");
    }
}
