package energy.mwolo.hr.employees.application;

import energy.mwolo.hr.access.HrAccess;
import energy.mwolo.hr.employees.model.Employee;
import energy.mwolo.hr.employees.model.Employees;
import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.platform.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR records a new employee under the next number. Of two concurrent hirings with one NIF, the unique index lets one
 * through and the other gets the same 409 as a sequential duplicate.
 */
@Service
public class HiringEmployee {

    private final Employees employees;
    private final EmployeeRules rules;
    private final EmployeeEventPublisher events;

    HiringEmployee(Employees employees, EmployeeRules rules, EmployeeEventPublisher events) {
        this.employees = employees;
        this.rules = rules;
        this.events = events;
    }

    @Transactional
    public EmployeeId hire(EmployeeDraft draft, CurrentUser user) {
        return hireAs(EmployeeId.newId(), draft, user);
    }

    /**
     * Hires under an id the caller chose, for records other services name before they exist (the dev profile's
     * employees, whose ids identity's dev accounts already carry); otherwise as {@link #hire}.
     */
    @Transactional
    public EmployeeId hireWithId(EmployeeId id, EmployeeDraft draft, CurrentUser user) {
        return hireAs(id, draft, user);
    }

    private EmployeeId hireAs(EmployeeId id, EmployeeDraft draft, CurrentUser user) {
        HrAccess.requireHrStaff(user, HrAccess.CREATE);
        rules.check(draft.details(), draft.manager(), null);
        Employee employee = Employee.hire(id, employees.nextNumber(), draft.details(), draft.manager());
        employees.add(employee);
        events.publishRecordedEvents(employee, user);
        return employee.id();
    }
}
