package energy.mwolo.hr.payroll.model;

import java.math.BigDecimal;
import java.util.Objects;

/** One band of the annual IPR scale, in CDF: income above {@code from} up to {@code upTo} (null: no end). */
public record Bracket(BigDecimal from, BigDecimal upTo, BigDecimal rate) {

    public Bracket {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(rate, "rate");
        if (upTo != null && upTo.compareTo(from) <= 0) {
            throw new IllegalArgumentException("A bracket ends above its start: " + from + " - " + upTo);
        }
    }

    /** The tax due on the part of {@code income} that falls in this band, unrounded. */
    BigDecimal taxOn(BigDecimal income) {
        if (income.compareTo(from) <= 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal top = upTo == null ? income : income.min(upTo);
        return top.subtract(from).multiply(rate);
    }
}
