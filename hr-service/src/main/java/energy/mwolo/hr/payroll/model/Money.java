package energy.mwolo.hr.payroll.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The payroll's one rounding rule: every figure a payslip shows is rounded once, half up, to the centime (or cent);
 * intermediate products keep every decimal.
 */
public final class Money {

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    /** Digits kept by divisions before the final rounding: far below a centime on any salary. */
    static final int EXACT = 10;

    private Money() {
    }

    public static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** Whether a value entered by someone fits the payroll's precision: two decimals at most. */
    public static boolean hasAtMostTwoDecimals(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 2;
    }
}
