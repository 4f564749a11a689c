package energy.mwolo.hr.payroll.model;

import energy.mwolo.hr.kernel.EmployeeId;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;

/** Each employee's monthly allowances, overtime and adjustments, and its dependents. */
public interface PayrollInputs {

    Optional<PayrollInput> of(EmployeeId employee, YearMonth month);

    /** The month's inputs of every employee that has some. */
    Map<EmployeeId, PayrollInput> ofMonth(YearMonth month);

    /** Replaces the month's input of the employee. */
    void put(PayrollInput input);

    void putDependents(EmployeeId employee, int dependents);
}
