package energy.mwolo.hr.employees.application;

import energy.mwolo.hr.employees.model.Employee;
import energy.mwolo.hr.kernel.EmployeeId;
import java.util.List;
import java.util.Optional;

/** Reads of employees that lock nothing, for answers and lists. */
public interface EmployeeDirectory {

    Optional<Employee> find(EmployeeId id);

    long count(EmployeeQuery query);

    /** By number. */
    List<Employee> find(EmployeeQuery query, long offset, int limit);
}
