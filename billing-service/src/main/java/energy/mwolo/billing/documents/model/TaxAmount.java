package energy.mwolo.billing.documents.model;

import energy.mwolo.billing.kernel.Money;
import java.math.BigDecimal;
import java.util.Objects;

/** The tax at one rate: its label as printed ("TVA"), the rate (a fraction), the base it applies to and the tax. */
public record TaxAmount(String label, BigDecimal rate, Money base, Money amount) {

    public TaxAmount {
        DocumentChecks.text(label, "label");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(amount, "amount");
        DocumentChecks.sameCurrency(base.currency(), amount, "amount");
    }
}
