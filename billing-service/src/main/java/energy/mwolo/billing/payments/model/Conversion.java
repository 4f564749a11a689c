package energy.mwolo.billing.payments.model;

import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The rate a payment is allocated at: the one of its received day, kept on the payment at 4 decimals so that an
 * allocation can be explained later. Converted amounts are rounded half-even to the cent (banker's rounding: over
 * many allocations the half-cents do not all fall the same way); the cents a rounding shifts stay on the payment as
 * credit, so no money is created or lost.
 */
public record Conversion(BigDecimal cdfPerUsd) {

    public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;
    public static final int RATE_DECIMALS = 4;

    public Conversion {
        Objects.requireNonNull(cdfPerUsd, "cdfPerUsd");
        if (cdfPerUsd.signum() <= 0) {
            throw new IllegalArgumentException("A rate is positive: " + cdfPerUsd);
        }
        cdfPerUsd = cdfPerUsd.setScale(RATE_DECIMALS, RoundingMode.UNNECESSARY);
    }

    /** The amount in {@code target}: unchanged in its own currency, else converted and rounded half-even. */
    public Money convert(Money money, Currency target) {
        if (money.currency() == target) {
            return money;
        }
        BigDecimal converted = target == Currency.CDF
                ? money.amount().multiply(cdfPerUsd)
                : money.amount().divide(cdfPerUsd, MathContext.DECIMAL128);
        return new Money(converted.setScale(target.scale(), ROUNDING), target);
    }
}
