package energy.mwolo.billing.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount in a currency, always at the currency's scale (2 decimals). Amounts computed from rates or quantities
 * are rounded once, half up (commercial rounding: 0.005 becomes 0.01), where they become money: {@link #rounded}
 * and {@link #times}. Amounts people type are never rounded: {@link #exact} refuses more decimals than the currency
 * has. Adding or comparing two currencies is a programming error, not a user's: it throws.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        amount = amount.setScale(currency.scale(), RoundingMode.UNNECESSARY);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** A computed amount, rounded half up to the currency's scale. */
    public static Money rounded(BigDecimal amount, Currency currency) {
        return new Money(amount.setScale(currency.scale(), ROUNDING), currency);
    }

    /** An amount as someone typed it: refused (400 on {@code field}) with more decimals than the currency has. */
    public static Money exact(BigDecimal amount, Currency currency, String field) {
        if (amount == null) {
            throw new InvalidField(field, "billing.validation.required");
        }
        if (amount.stripTrailingZeros().scale() > currency.scale()) {
            throw new InvalidField(field, "billing.amount.too_precise", currency.scale());
        }
        return new Money(amount, currency);
    }

    /** Like {@link #exact}, and strictly positive. */
    public static Money positive(BigDecimal amount, Currency currency, String field) {
        Money money = exact(amount, currency, field);
        if (!money.isPositive()) {
            throw new InvalidField(field, "billing.amount.not_positive");
        }
        return money;
    }

    public Money plus(Money other) {
        return new Money(amount.add(sameCurrency(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(sameCurrency(other).amount), currency);
    }

    /** This amount times a factor (a quantity, a rate, a share of a month), rounded once. */
    public Money times(BigDecimal factor) {
        return rounded(amount.multiply(factor), currency);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(sameCurrency(other).amount);
    }

    /** The amount as JSON carries it: a plain decimal string with the currency's decimals ({@code "1500.00"}). */
    public String text() {
        return amount.toPlainString();
    }

    @Override
    public String toString() {
        return text() + " " + currency;
    }

    private Money sameCurrency(Money other) {
        if (other.currency != currency) {
            throw new IllegalArgumentException("Cannot combine " + this + " and " + other);
        }
        return other;
    }
}
