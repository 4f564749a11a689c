package energy.mwolo.hr.payroll.model;

import energy.mwolo.hr.kernel.InvalidField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** Francs for one US dollar on a day, to four decimals at most (more is refused, not rounded). */
public record ExchangeRate(LocalDate day, BigDecimal cdfPerUsd) {

    public ExchangeRate {
        Objects.requireNonNull(day, "day");
        if (cdfPerUsd == null) {
            throw InvalidField.required("rate");
        }
        if (cdfPerUsd.signum() <= 0 || cdfPerUsd.stripTrailingZeros().scale() > 4
                || cdfPerUsd.compareTo(new BigDecimal("1000000")) >= 0) {
            throw new InvalidField("rate", "hr.payroll.exchange_rate_invalid", cdfPerUsd.toPlainString());
        }
        cdfPerUsd = cdfPerUsd.setScale(4);
    }

    public BigDecimal toCdf(BigDecimal usd) {
        return Money.cents(usd.multiply(cdfPerUsd));
    }

    public BigDecimal toUsd(BigDecimal cdf) {
        return cdf.divide(cdfPerUsd, 2, java.math.RoundingMode.HALF_UP);
    }
}
