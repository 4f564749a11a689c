package energy.mwolo.hr.employees.application;

import energy.mwolo.hr.access.HrAccess;
import energy.mwolo.hr.employees.model.Employee;
import energy.mwolo.hr.employees.model.EmployeeNotFound;
import energy.mwolo.hr.employees.model.EmployeeStatus;
import energy.mwolo.hr.employees.model.Employees;
import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.platform.security.CurrentUser;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR changes an employee: details and manager, departure, account link. A change of manager takes the hierarchy
 * lock first, so two concurrent changes (A under B, B under A) cannot both pass the cycle check.
 */
@Service
public class RevisingEmployee {

    private final Employees employees;
    private final EmployeeRules rules;
    private final EmployeeEventPublisher events;

    RevisingEmployee(Employees employees, EmployeeRules rules, EmployeeEventPublisher events) {
        this.employees = employees;
        this.rules = rules;
        this.events = events;
    }

    @Transactional
    public void revise(EmployeeId id, EmployeeDraft draft, CurrentUser user) {
        HrAccess.requireHrStaff(user, HrAccess.UPDATE);
        employees.lockHierarchy();
        Employee employee = employees.byId(id).orElseThrow(() -> new EmployeeNotFound(id));
        rules.check(draft.details(), draft.manager(), id);
        employee.revise(draft.details(), draft.manager(), employees);
        save(employee, user);
    }

    @Transactional
    public void depart(EmployeeId id, LocalDate lastDay, CurrentUser user) {
        HrAccess.requireHrStaff(user, HrAccess.UPDATE);
        Employee employee = employees.byId(id).orElseThrow(() -> new EmployeeNotFound(id));
        employee.depart(lastDay);
        save(employee, user);
    }

    /** Suspends, puts on leave or reinstates; {@code to} is a status code ({@code left} goes through departure). */
    @Transactional
    public void changeStatus(EmployeeId id, EmployeeStatus to, String reason, CurrentUser user) {
        HrAccess.requireHrStaff(user, HrAccess.UPDATE);
        Employee employee = employees.byId(id).orElseThrow(() -> new EmployeeNotFound(id));
        employee.changeStatus(to, reason == null || reason.isBlank() ? null : reason.strip());
        save(employee, user);
    }

    @Transactional
    public void linkAccount(EmployeeId id, UUID account, CurrentUser user) {
        HrAccess.requireHrStaff(user, HrAccess.UPDATE);
        Employee employee = employees.byId(id).orElseThrow(() -> new EmployeeNotFound(id));
        rules.checkAccountFree(account, id);
        employee.linkAccount(account);
        save(employee, user);
    }

    private void save(Employee employee, CurrentUser user) {
        employees.update(employee);
        events.publishRecordedEvents(employee, user);
    }
}
