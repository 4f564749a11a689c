package energy.mwolo.hr.employees.application;

import energy.mwolo.hr.access.HrAccess;
import energy.mwolo.hr.employees.model.Employee;
import energy.mwolo.hr.employees.model.EmployeeNotFound;
import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import energy.mwolo.platform.security.CurrentUser;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Employees as the caller may see them. HR staff see everyone, salary and NIF included; an employee sees itself,
 * salary and NIF included, and its direct reports without them; anyone else is told no such employee exists (404),
 * so that ids cannot be probed.
 */
@Service
@Transactional(readOnly = true)
public class BrowsingEmployees {

    /** No employee has this id: the list of a caller tied to no employee is empty. */
    private static final EmployeeId NOBODY = new EmployeeId(new java.util.UUID(0, 0));

    private final EmployeeDirectory directory;

    BrowsingEmployees(EmployeeDirectory directory) {
        this.directory = directory;
    }

    public EmployeeView show(EmployeeId id, CurrentUser user) {
        HrAccess.requireRead(user);
        Employee employee = directory.find(id).orElseThrow(() -> new EmployeeNotFound(id));
        if (!HrAccess.isHrStaff(user) && !isSelf(employee, user) && !managesDirectly(employee, user)) {
            throw new EmployeeNotFound(id);
        }
        return view(employee, user);
    }

    /** The caller's own record; 404 for an account tied to no employee. */
    public EmployeeView showSelf(CurrentUser user) {
        HrAccess.requireRead(user);
        EmployeeId self = HrAccess.self(user);
        if (self == null) {
            throw new NoEmployeeLinked();
        }
        return show(self, user);
    }

    static final class NoEmployeeLinked extends DomainException {
        NoEmployeeLinked() {
            super(ErrorKind.NOT_FOUND, "hr.employee.no_link", null);
        }
    }

    /** Confines the query to what the caller may see; a caller tied to no employee and not HR sees none. */
    public EmployeeQuery scoped(EmployeeQuery query, CurrentUser user) {
        HrAccess.requireRead(user);
        if (HrAccess.isHrStaff(user)) {
            return query;
        }
        EmployeeId self = HrAccess.self(user);
        return new EmployeeQuery(query.agency(), query.status(), query.department(), query.manager(), query.search(),
                self == null ? NOBODY : self);
    }

    public long count(EmployeeQuery scoped) {
        return directory.count(scoped);
    }

    public List<EmployeeView> find(EmployeeQuery scoped, long offset, int limit, CurrentUser user) {
        return directory.find(scoped, offset, limit).stream().map(employee -> view(employee, user)).toList();
    }

    private static EmployeeView view(Employee employee, CurrentUser user) {
        return new EmployeeView(employee, HrAccess.isHrStaff(user) || isSelf(employee, user));
    }

    private static boolean isSelf(Employee employee, CurrentUser user) {
        return employee.id().equals(HrAccess.self(user));
    }

    private static boolean managesDirectly(Employee employee, CurrentUser user) {
        return employee.manager() != null && Objects.equals(employee.manager(), HrAccess.self(user));
    }
}
