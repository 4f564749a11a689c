package energy.mwolo.hr.payroll.model;

import energy.mwolo.hr.kernel.EmployeeId;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/** An employee as its payslip sees it: who, where, its monthly base salary and its dependents. */
public record Earner(EmployeeId id, String number, String name, UUID agency, BigDecimal baseSalary,
                     PayCurrency currency, int dependents) {

    public Earner {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(baseSalary, "baseSalary");
        Objects.requireNonNull(currency, "currency");
        if (dependents < 0) {
            throw new IllegalArgumentException("dependents");
        }
    }
}
