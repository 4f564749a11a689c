package energy.mwolo.hr.employees.model;

import energy.mwolo.hr.kernel.InvalidField;
import java.math.BigDecimal;

/** A monthly base salary: positive, to the cent at most (a third decimal is refused, not rounded). */
public record Salary(BigDecimal amount, Currency currency) {

    private static final BigDecimal MAX = new BigDecimal("999999999999.99");

    public Salary {
        if (amount == null) {
            throw InvalidField.required("salary.amount");
        }
        if (currency == null) {
            throw InvalidField.required("salary.currency");
        }
        if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2 || amount.compareTo(MAX) > 0) {
            throw new InvalidField("salary.amount", "hr.salary.invalid", amount.toPlainString());
        }
        amount = amount.setScale(2);
    }
}
