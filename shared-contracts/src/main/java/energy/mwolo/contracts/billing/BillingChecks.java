package energy.mwolo.contracts.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Set;

/**
 * The checks billing payloads share, so that a producer meets a wrong amount or code when it builds the event, not
 * a consumer when it reads it. Money is never negative and goes to the cent; it is written with two decimals.
 */
final class BillingChecks {

    static final Set<String> CURRENCIES = Set.of("USD", "CDF");
    static final Set<String> METHODS = Set.of("cash", "bank_transfer", "card", "mobile_money");
    static final Set<String> PROVIDERS = Set.of("mpesa", "airtel", "orange", "africell");
    static final String MOBILE_MONEY = "mobile_money";

    private BillingChecks() {
    }

    static String oneOf(Set<String> codes, String code, String field) {
        Objects.requireNonNull(code, field);
        if (!codes.contains(code)) {
            throw new IllegalArgumentException(field + " must be one of " + codes + ", was " + code);
        }
        return code;
    }

    /** Zero or more, at most two decimals. */
    static BigDecimal amount(BigDecimal value, String field) {
        return scaled(notNegative(value, field), 2, field);
    }

    /** More than zero, at most two decimals. */
    static BigDecimal positiveAmount(BigDecimal value, String field) {
        BigDecimal amount = amount(value, field);
        if (amount.signum() == 0) {
            throw new IllegalArgumentException(field + " must be more than zero");
        }
        return amount;
    }

    /** The central bank's rate: more than zero, at most four decimals. */
    static BigDecimal rate(BigDecimal value, String field) {
        if (value == null) {
            return null;
        }
        BigDecimal rate = scaled(notNegative(value, field), 4, field);
        if (rate.signum() == 0) {
            throw new IllegalArgumentException(field + " must be more than zero");
        }
        return rate;
    }

    static void requireMobileMoneyProvider(String method, String provider) {
        if (MOBILE_MONEY.equals(method) != (provider != null)) {
            throw new IllegalArgumentException("provider is given exactly when method is mobile_money");
        }
        if (provider != null) {
            oneOf(PROVIDERS, provider, "provider");
        }
    }

    private static BigDecimal notNegative(BigDecimal value, String field) {
        Objects.requireNonNull(value, field);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(field + " must not be negative, was " + value.toPlainString());
        }
        return value;
    }

    private static BigDecimal scaled(BigDecimal value, int decimals, String field) {
        try {
            return value.setScale(decimals, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(field + " has more than " + decimals + " decimals: "
                    + value.toPlainString(), e);
        }
    }
}
