package energy.mwolo.hr.employees.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.util.UUID;

/** An employee is tied to one account at most. */
public class EmployeeAlreadyLinked extends DomainException {

    public EmployeeAlreadyLinked(EmployeeNumber number, UUID account) {
        super(ErrorKind.CONFLICT, "hr.employee.already_linked", "user_id", number.value(), account);
    }
}
