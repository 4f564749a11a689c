package energy.mwolo.billing.documents.model;

import energy.mwolo.billing.kernel.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line as the invoice computed it: {@code total} = quantity x unit price - discount, before tax, the aggregate's
 * figure, never recomputed here. {@code unit} is what the quantity counts ("kWh", "mois"); {@code taxRate} a
 * fraction (0.16, or 0 for none); {@code discount} zero when there is none.
 */
public record DocumentLine(String description,
                           BigDecimal quantity,
                           String unit,
                           BigDecimal unitPrice,
                           Money discount,
                           BigDecimal taxRate,
                           Money total) {

    public DocumentLine {
        DocumentChecks.text(description, "description");
        Objects.requireNonNull(quantity, "quantity");
        DocumentChecks.text(unit, "unit");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(discount, "discount");
        Objects.requireNonNull(taxRate, "taxRate");
        Objects.requireNonNull(total, "total");
        DocumentChecks.sameCurrency(total.currency(), discount, "discount");
    }
}
