package energy.mwolo.billing.rates.model;

import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.InvalidField;
import energy.mwolo.billing.kernel.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The central bank's indicative rate of one day: how many Congolese francs one US dollar buys, with at most 4
 * decimals as published. Conversions round once, half up, to the target currency's cents.
 */
public record ExchangeRate(LocalDate day, BigDecimal cdfPerUsd) {

    public static final int MAX_DECIMALS = 4;
    /** Far above any rate seen (2,140 to 2,860 in 2025-2026): a typing slip of a few digits, not a devaluation. */
    private static final BigDecimal MAX_RATE = new BigDecimal("1000000");

    public ExchangeRate {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(cdfPerUsd, "cdfPerUsd");
    }

    /** A rate as an accountant enters it: positive, at most 4 decimals; 400 on {@code rate} otherwise. */
    public static ExchangeRate entered(LocalDate day, BigDecimal cdfPerUsd) {
        if (day == null) {
            throw new InvalidField("date", "billing.validation.required");
        }
        if (cdfPerUsd == null) {
            throw new InvalidField("rate", "billing.validation.required");
        }
        if (cdfPerUsd.signum() <= 0 || cdfPerUsd.compareTo(MAX_RATE) > 0) {
            throw new InvalidField("rate", "billing.exchange_rate.out_of_range");
        }
        if (cdfPerUsd.stripTrailingZeros().scale() > MAX_DECIMALS) {
            throw new InvalidField("rate", "billing.exchange_rate.too_precise", MAX_DECIMALS);
        }
        return new ExchangeRate(day, cdfPerUsd.setScale(MAX_DECIMALS));
    }

    /** The amount in {@code target}: unchanged in its own currency, else converted at this rate. */
    public Money convert(Money money, Currency target) {
        if (money.currency() == target) {
            return money;
        }
        BigDecimal converted = target == Currency.CDF
                ? money.amount().multiply(cdfPerUsd)
                : money.amount().divide(cdfPerUsd, MathContext.DECIMAL64);
        return Money.rounded(converted, target);
    }

    /** A price per unit (4 decimals, e.g. per kWh) in {@code target}, kept at 4 decimals. */
    public BigDecimal convertUnitPrice(BigDecimal price, Currency from, Currency target) {
        if (from == target) {
            return price;
        }
        BigDecimal converted = target == Currency.CDF
                ? price.multiply(cdfPerUsd)
                : price.divide(cdfPerUsd, MathContext.DECIMAL64);
        return converted.setScale(MAX_DECIMALS, Money.ROUNDING);
    }
}
