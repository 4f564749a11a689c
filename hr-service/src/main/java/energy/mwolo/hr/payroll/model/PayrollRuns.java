package energy.mwolo.hr.payroll.model;

import energy.mwolo.hr.kernel.EmployeeId;
import java.time.YearMonth;
import java.util.Optional;

/** Every payroll run with its payslips. */
public interface PayrollRuns {

    /** Serialises the creation of the month's runs until the transaction ends. */
    void lockMonth(YearMonth month);

    /** A run of the month whose scope overlaps this one, if any. */
    Optional<PayrollRunId> overlapping(YearMonth month, RunScope scope);

    /** Locks the run until the transaction ends, so two validations apply one after the other. */
    Optional<PayrollRun> byId(PayrollRunId id);

    /** Whether the employee's pay for the month is in a validated or paid run. */
    boolean paidFor(EmployeeId employee, YearMonth month);

    void add(PayrollRun run);

    void update(PayrollRun run);

    /** Replaces a draft's payslips (after a recomputation). */
    void replacePayslips(PayrollRun run);
}
