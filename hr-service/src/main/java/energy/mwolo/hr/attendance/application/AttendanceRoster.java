package energy.mwolo.hr.attendance.application;

import energy.mwolo.hr.kernel.EmployeeId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Who is expected at work, and from when to when: absences count only inside an employee's employment. */
public interface AttendanceRoster {

    Optional<Employment> of(EmployeeId employee);

    /** The agency's employees employed on some day from {@code first} to {@code last}, by number. */
    List<Employment> ofAgency(UUID agency, LocalDate first, LocalDate last);

    /** {@code endDate} null while employed. */
    record Employment(EmployeeId employee, String number, LocalDate hireDate, LocalDate endDate) {
    }
}
