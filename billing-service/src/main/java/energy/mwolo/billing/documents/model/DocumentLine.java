package energy.mwolo.billing.documents.model;

import energy.mwolo.billing.kernel.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line as the invoice computed it: the total is the aggregate's, never recomputed here (a discount is a line of
 * its own, with a negative total). {@code unit} is what the quantity counts ("kWh", "mois"); {@code taxRate} a
 * fraction (0.16).
 */
public record DocumentLine(String description,
                           BigDecimal quantity,
                           String unit,
                           BigDecimal unitPrice,
                           BigDecimal taxRate,
                           Money total) {

    public DocumentLine {
        DocumentChecks.text(description, "description");
        Objects.requireNonNull(quantity, "quantity");
        DocumentChecks.text(unit, "unit");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(taxRate, "taxRate");
        Objects.requireNonNull(total, "total");
    }
}
