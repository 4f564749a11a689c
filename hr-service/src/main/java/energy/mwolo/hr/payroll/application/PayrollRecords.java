package energy.mwolo.hr.payroll.application;

import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.hr.payroll.model.PayrollRunId;
import energy.mwolo.hr.payroll.model.PayslipId;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Reads of runs and payslips for the API, without locks. */
public interface PayrollRecords {

    Optional<RunView> run(PayrollRunId id);

    long countRuns(YearMonth month);

    List<RunView> runs(YearMonth month, long offset, int limit);

    /** The run's payslips, or only the employee's when {@code only} is given. */
    List<PayslipView> payslipsOf(PayrollRunId run, EmployeeId only);

    Optional<PayslipView> payslip(PayslipId id);

    /** The employee's payslips of validated and paid runs, newest month first. */
    List<PayslipView> issuedTo(EmployeeId employee);
}
