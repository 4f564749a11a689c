package energy.mwolo.hr.payroll.application;

import energy.mwolo.hr.access.HrAccess;
import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.hr.payroll.model.PayrollRunId;
import energy.mwolo.hr.payroll.model.PayslipId;
import energy.mwolo.hr.payroll.model.PayslipNotFound;
import energy.mwolo.hr.payroll.model.RunNotFound;
import energy.mwolo.hr.payroll.model.RunStatus;
import energy.mwolo.platform.security.CurrentUser;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads: runs and their totals for HR staff and accountants; payslips for HR staff, and for the employee its own
 * once its run is validated (a draft is not a payslip yet). Someone else's payslip is 404, like a missing one.
 */
@Service
public class BrowsingPayroll {

    private final PayrollRecords records;

    BrowsingPayroll(PayrollRecords records) {
        this.records = records;
    }

    @Transactional(readOnly = true)
    public long countRuns(YearMonth month, CurrentUser user) {
        PayrollAccess.requireTotalsReader(user);
        return records.countRuns(month);
    }

    @Transactional(readOnly = true)
    public List<RunView> runs(YearMonth month, long offset, int limit, CurrentUser user) {
        PayrollAccess.requireTotalsReader(user);
        return records.runs(month, offset, limit);
    }

    @Transactional(readOnly = true)
    public RunView run(PayrollRunId id, CurrentUser user) {
        PayrollAccess.requireTotalsReader(user);
        return records.run(id).orElseThrow(() -> new RunNotFound(id));
    }

    /** HR staff: every payslip of the run; anyone else: its own, if the run is validated. */
    @Transactional(readOnly = true)
    public List<PayslipView> payslipsOf(PayrollRunId id, CurrentUser user) {
        HrAccess.requireRead(user);
        if (HrAccess.isHrStaff(user)) {
            records.run(id).orElseThrow(() -> new RunNotFound(id));
            return records.payslipsOf(id, null);
        }
        EmployeeId self = HrAccess.self(user);
        if (self == null) {
            return List.of();
        }
        return records.payslipsOf(id, self).stream().filter(BrowsingPayroll::issued).toList();
    }

    @Transactional(readOnly = true)
    public PayslipView payslip(PayslipId id, CurrentUser user) {
        HrAccess.requireRead(user);
        PayslipView view = records.payslip(id).orElseThrow(() -> new PayslipNotFound(id));
        if (HrAccess.isHrStaff(user)) {
            return view;
        }
        if (!view.payslip().employee().equals(HrAccess.self(user)) || !issued(view)) {
            throw new PayslipNotFound(id);
        }
        return view;
    }

    /** The caller's own issued payslips; HR staff may name any employee. */
    @Transactional(readOnly = true)
    public List<PayslipView> issuedTo(EmployeeId employee, CurrentUser user) {
        HrAccess.requireRead(user);
        EmployeeId self = HrAccess.self(user);
        EmployeeId whose = employee == null ? self : employee;
        if (whose == null || (!whose.equals(self) && !HrAccess.isHrStaff(user))) {
            return List.of();
        }
        return records.issuedTo(whose);
    }

    private static boolean issued(PayslipView view) {
        return view.status() != RunStatus.DRAFT;
    }
}
