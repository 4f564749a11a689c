package energy.mwolo.hr.employees.model;

import java.time.LocalDate;
import java.util.UUID;

/** What happened to an employee; the publisher reads the employee's state after the change beside it. */
public sealed interface EmployeeEvent {

    record Hired() implements EmployeeEvent {
    }

    record Updated() implements EmployeeEvent {
    }

    record Left(LocalDate lastDay) implements EmployeeEvent {
    }

    record AccountLinked(UUID user) implements EmployeeEvent {
    }

    record StatusChanged(EmployeeStatus from, EmployeeStatus to, String reason) implements EmployeeEvent {
    }

    /** The team page's view of the employee changed (see {@link TeamProfile}). */
    record TeamProfileChanged() implements EmployeeEvent {
    }
}
