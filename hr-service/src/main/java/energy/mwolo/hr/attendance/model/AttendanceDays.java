package energy.mwolo.hr.attendance.model;

import energy.mwolo.hr.kernel.EmployeeId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Every attendance day. */
public interface AttendanceDays {

    /** Locks the day until the transaction ends. */
    Optional<AttendanceDay> lock(EmployeeId employee, LocalDate day);

    /** @throws AttendanceRefused ({@code hr.attendance.already_clocked_in}) when the day exists already */
    void add(AttendanceDay day);

    void update(AttendanceDay day);

    /** The employee's days from {@code from} to {@code to}, both included, oldest first. */
    List<AttendanceDay> between(EmployeeId employee, LocalDate from, LocalDate to);
}
