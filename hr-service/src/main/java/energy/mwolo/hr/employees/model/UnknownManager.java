package energy.mwolo.hr.employees.model;

import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** The manager named is no employee. */
public class UnknownManager extends DomainException {

    public UnknownManager(EmployeeId manager) {
        super(ErrorKind.INVALID, "hr.employee.manager_unknown", "manager", manager);
    }
}
