package energy.mwolo.hr.employees.application;

import energy.mwolo.hr.employees.model.EmployeeDetails;
import energy.mwolo.hr.kernel.EmployeeId;

/** What a request asks an employee to be: its details and its manager (null at the top of the hierarchy). */
public record EmployeeDraft(EmployeeDetails details, EmployeeId manager) {
}
