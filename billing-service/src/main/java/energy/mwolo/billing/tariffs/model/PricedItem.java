package energy.mwolo.billing.tariffs.model;

import energy.mwolo.billing.kernel.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One priced part of a month of supply: what it is, how much of it, at what unit price and for what amount
 * (quantity x unit price, rounded once to the cent), and whether VAT applies. Becomes an invoice line.
 */
public record PricedItem(ItemKind kind, String description, BigDecimal quantity, String unit, BigDecimal unitPrice,
                         Money amount, boolean taxable) {

    public PricedItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(amount, "amount");
    }
}
