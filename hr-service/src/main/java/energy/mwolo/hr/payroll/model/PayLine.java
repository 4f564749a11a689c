package energy.mwolo.hr.payroll.model;

import energy.mwolo.hr.kernel.InvalidField;
import java.math.BigDecimal;
import java.util.Objects;

/** A labelled amount of a payslip (an allowance, an adjustment), in the salary's currency, to the cent. */
public record PayLine(String label, BigDecimal amount) {

    public PayLine {
        Objects.requireNonNull(label, "label");
        if (amount == null) {
            throw InvalidField.required("amount");
        }
    }

    /** @throws InvalidField when the amount has more than two decimals or, unless signed, is negative */
    static BigDecimal checked(BigDecimal amount, String field, boolean signed) {
        if (amount == null) {
            throw InvalidField.required(field);
        }
        if (!Money.hasAtMostTwoDecimals(amount) || (!signed && amount.signum() < 0)
                || amount.abs().compareTo(new BigDecimal("999999999999.99")) > 0) {
            throw new InvalidField(field, "hr.payroll.amount_invalid", amount.toPlainString());
        }
        return amount;
    }
}
