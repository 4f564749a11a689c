package energy.mwolo.hr.payroll.application;

import energy.mwolo.hr.access.HrAccess;
import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import energy.mwolo.platform.security.CurrentUser;

/**
 * Who sees what of the payroll: HR staff everything; an ACCOUNTANT the runs and their totals, never a payslip (the
 * seeded matrix gives it no hr permission, so its role decides); an employee its own issued payslips.
 */
final class PayrollAccess {

    static final String ACCOUNTANT = "ACCOUNTANT";

    private PayrollAccess() {
    }

    static void requireTotalsReader(CurrentUser user) {
        user.requireSignedIn();
        if (!HrAccess.isHrStaff(user) && !user.hasRole(ACCOUNTANT)) {
            throw new PayrollStaffOnly();
        }
    }

    static final class PayrollStaffOnly extends DomainException {
        PayrollStaffOnly() {
            super(ErrorKind.FORBIDDEN, "hr.payroll.totals_only", null);
        }
    }
}
