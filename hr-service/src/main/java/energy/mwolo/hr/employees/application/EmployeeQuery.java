package energy.mwolo.hr.employees.application;

import energy.mwolo.hr.employees.model.Department;
import energy.mwolo.hr.employees.model.EmployeeStatus;
import energy.mwolo.hr.kernel.EmployeeId;
import java.util.UUID;

/**
 * Filters of the employee list, each null when not asked. {@code visibleTo} confines the list to an employee and its
 * direct reports (anyone but HR staff); {@code search} matches names and number, ignoring case.
 */
public record EmployeeQuery(UUID agency, EmployeeStatus status, Department department, EmployeeId manager,
                            String search, EmployeeId visibleTo) {
}
