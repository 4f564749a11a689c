package energy.mwolo.billing.rates.model;

import energy.mwolo.billing.kernel.InvalidField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A tax rate in force from a day until the next rate of the same code ({@code vat}: 16 % from 2020-01-01). A rate is
 * a fraction with at most 4 decimals ({@code 0.16}); invoices keep the rate they were computed with, so a new rate
 * never changes an invoice already made.
 */
public record TaxRate(String code, BigDecimal rate, LocalDate validFrom) {

    public static final String VAT = "vat";
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{1,29}");

    public TaxRate {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(validFrom, "validFrom");
    }

    /** A rate as an accountant enters it: a code, a fraction from 0 to 1 with 4 decimals at most, a start day. */
    public static TaxRate entered(String code, BigDecimal rate, LocalDate validFrom) {
        String normalised = code == null || code.isBlank() ? VAT : code.strip();
        if (!CODE.matcher(normalised).matches()) {
            throw new InvalidField("code", "billing.tax_rate.code");
        }
        if (rate == null) {
            throw new InvalidField("rate", "billing.validation.required");
        }
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0 || rate.stripTrailingZeros().scale() > 4) {
            throw new InvalidField("rate", "billing.tax_rate.range");
        }
        if (validFrom == null) {
            throw new InvalidField("valid_from", "billing.validation.required");
        }
        return new TaxRate(normalised, rate.setScale(4), validFrom);
    }

    /** The rate as a percentage for people ({@code 16}). */
    public BigDecimal percent() {
        return rate.movePointRight(2).stripTrailingZeros();
    }
}
