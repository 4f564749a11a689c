package energy.mwolo.hr.payroll.model;

import energy.mwolo.hr.kernel.EmployeeId;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** The employees to pay: present some day of the month, with salary and dependents. */
public interface PayrollStaff {

    List<Earner> presentIn(YearMonth month, RunScope scope);

    /** The company's headcount in the month, which sets the INPP band. */
    int headcount(YearMonth month);

    Optional<Earner> find(EmployeeId employee);
}
