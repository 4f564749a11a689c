package energy.mwolo.hr.payroll.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** No employee has that id. */
public class UnknownEmployee extends DomainException {

    public UnknownEmployee(Object id) {
        super(ErrorKind.NOT_FOUND, "hr.employee.not_found", null, id);
    }
}
