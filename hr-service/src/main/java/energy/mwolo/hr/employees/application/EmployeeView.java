package energy.mwolo.hr.employees.application;

import energy.mwolo.hr.employees.model.Employee;

/** An employee as one caller may see it: salary and NIF only when {@code confidentialShown}. */
public record EmployeeView(Employee employee, boolean confidentialShown) {
}
