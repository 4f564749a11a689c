package energy.mwolo.hr.leave.application;

import energy.mwolo.hr.kernel.EmployeeId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What leave needs to know of employees: their agency, manager and presence. */
public interface StaffDirectory {

    Optional<StaffMember> find(EmployeeId employee);

    /** Employees present on some day of the month from {@code first} to {@code last}. */
    List<StaffMember> presentBetween(LocalDate first, LocalDate last);

    /** Whoever the leave ledger needs: an employee's agency, manager, and whether it has left. */
    record StaffMember(EmployeeId id, UUID agency, EmployeeId manager, boolean left) {
    }
}
