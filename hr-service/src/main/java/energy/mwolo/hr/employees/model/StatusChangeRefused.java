package energy.mwolo.hr.employees.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.util.Locale;

/** A status change the employee's current status does not allow (suspended to on leave, active to active). */
public class StatusChangeRefused extends DomainException {

    public StatusChangeRefused(EmployeeStatus from, EmployeeStatus to) {
        super(ErrorKind.CONFLICT, "hr.employee.status_transition_refused", "status", code(from), code(to));
    }

    private static String code(EmployeeStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
