package energy.mwolo.hr.employees.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** A departed employee's record changes no more. */
public class EmployeeHasLeft extends DomainException {

    public EmployeeHasLeft(EmployeeNumber number) {
        super(ErrorKind.CONFLICT, "hr.employee.left", null, number.value());
    }
}
