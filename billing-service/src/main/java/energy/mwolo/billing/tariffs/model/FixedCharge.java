package energy.mwolo.billing.tariffs.model;

import energy.mwolo.billing.kernel.Money;
import java.util.Objects;

/**
 * A named amount billed every month on top of energy, in its own currency ({@code ECL-PUB}, the public-lighting
 * tax: 500 CDF). {@code taxable} says whether VAT applies to it (a tax collected for others does not bear VAT).
 */
public record FixedCharge(String code, String label, Money amount, boolean taxable) {

    public FixedCharge {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A fixed charge is positive: " + amount);
        }
    }
}
