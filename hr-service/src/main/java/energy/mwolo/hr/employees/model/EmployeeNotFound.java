package energy.mwolo.hr.employees.model;

import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** No employee has that id, or the caller may not see it. */
public class EmployeeNotFound extends DomainException {

    public EmployeeNotFound(EmployeeId id) {
        super(ErrorKind.NOT_FOUND, "hr.employee.not_found", null, id);
    }
}
