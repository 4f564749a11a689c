package energy.mwolo.hr.payroll.model;

import energy.mwolo.hr.kernel.EmployeeId;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * What varies from month to month for one employee, in its salary's currency: allowances (transport, housing, ...,
 * never negative), overtime already valued, and adjustments (signed) that correct a month already validated.
 */
public record PayrollInput(EmployeeId employee, YearMonth month, List<PayLine> allowances, BigDecimal overtime,
                           List<PayLine> adjustments) {

    public PayrollInput {
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(month, "month");
        allowances = List.copyOf(allowances);
        adjustments = List.copyOf(adjustments);
        for (int i = 0; i < allowances.size(); i++) {
            PayLine.checked(allowances.get(i).amount(), "allowances[" + i + "].amount", false);
        }
        for (int i = 0; i < adjustments.size(); i++) {
            PayLine.checked(adjustments.get(i).amount(), "adjustments[" + i + "].amount", true);
        }
        overtime = Money.cents(PayLine.checked(overtime == null ? BigDecimal.ZERO : overtime, "overtime", false));
    }

    /** A month with nothing but the base salary. */
    public static PayrollInput none(EmployeeId employee, YearMonth month) {
        return new PayrollInput(employee, month, List.of(), BigDecimal.ZERO, List.of());
    }

    public BigDecimal allowancesTotal() {
        return allowances.stream().map(PayLine::amount).reduce(Money.ZERO, BigDecimal::add);
    }

    public BigDecimal adjustmentsTotal() {
        return adjustments.stream().map(PayLine::amount).reduce(Money.ZERO, BigDecimal::add);
    }
}
