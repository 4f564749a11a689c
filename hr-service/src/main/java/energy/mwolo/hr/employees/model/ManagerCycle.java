package energy.mwolo.hr.employees.model;

import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** The manager would be the employee itself or someone who reports to it. */
public class ManagerCycle extends DomainException {

    public ManagerCycle(EmployeeId employee, EmployeeId manager) {
        super(ErrorKind.CONFLICT, "hr.employee.manager_cycle", "manager", manager, employee);
    }
}
