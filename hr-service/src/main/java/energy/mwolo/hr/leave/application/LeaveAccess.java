package energy.mwolo.hr.leave.application;

import energy.mwolo.hr.access.HrAccess;
import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.hr.kernel.StaffDirectory.StaffMember;
import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import energy.mwolo.platform.security.CurrentUser;

/**
 * Who may do what with an employee's leave. HR staff do everything but decide their own; the employee drafts,
 * submits and cancels its own and reads them; its direct manager reads, decides and cancels them. Nobody approves
 * or rejects their own request, HR included.
 */
final class LeaveAccess {

    private LeaveAccess() {
    }

    static boolean isSelf(CurrentUser user, EmployeeId employee) {
        return employee.equals(HrAccess.self(user));
    }

    static boolean isManager(CurrentUser user, StaffMember employee) {
        return HrAccess.isManagerOf(user, employee);
    }

    static boolean mayRead(CurrentUser user, StaffMember employee) {
        return HrAccess.mayReadRecordsOf(user, employee);
    }

    /** Drafting, submitting and cancelling: the employee itself or HR (and the manager may cancel). */
    static void requireOwnerOrHr(CurrentUser user, StaffMember employee) {
        user.require(HrAccess.CREATE);
        if (!HrAccess.isHrStaff(user) && !isSelf(user, employee.id())) {
            throw new LeaveForbidden("hr.leave.not_yours");
        }
    }

    static void requireDecider(CurrentUser user, StaffMember employee) {
        user.require(HrAccess.READ);
        if (isSelf(user, employee.id())) {
            throw new LeaveForbidden("hr.leave.own_request");
        }
        if (!HrAccess.isHrStaff(user) && !isManager(user, employee)) {
            throw new LeaveForbidden("hr.leave.not_approver");
        }
    }

    static final class LeaveForbidden extends DomainException {
        LeaveForbidden(String code) {
            super(ErrorKind.FORBIDDEN, code, null);
        }
    }
}
