package energy.mwolo.hr.employees.application;

import energy.mwolo.hr.employees.model.Employee;
import energy.mwolo.platform.security.CurrentUser;

/** Publishes the events an employee recorded, inside the use case's transaction. */
public interface EmployeeEventPublisher {

    void publishRecordedEvents(Employee employee, CurrentUser actor);
}
