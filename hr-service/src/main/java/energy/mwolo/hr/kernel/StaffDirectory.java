package energy.mwolo.hr.kernel;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What leave and attendance need to know of employees: their agency, manager and presence. */
public interface StaffDirectory {

    Optional<StaffMember> find(EmployeeId employee);

    /** Employees present on some day of the month from {@code first} to {@code last}. */
    List<StaffMember> presentBetween(LocalDate first, LocalDate last);

    /**
     * An employee as leave and attendance see it: its agency, manager, whether it has left, and whether it is away
     * (suspended or on long leave: still on the staff, but not expected at work until HR reinstates it).
     */
    record StaffMember(EmployeeId id, UUID agency, EmployeeId manager, boolean left, boolean away) {
    }
}
