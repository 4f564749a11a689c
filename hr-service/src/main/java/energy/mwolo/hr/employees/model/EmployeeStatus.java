package energy.mwolo.hr.employees.model;

/** Where an employee stands; LEFT is final. */
public enum EmployeeStatus {
    ACTIVE, SUSPENDED, ON_LEAVE, LEFT
}
