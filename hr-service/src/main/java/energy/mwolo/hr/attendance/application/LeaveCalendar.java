package energy.mwolo.hr.attendance.application;

import energy.mwolo.hr.kernel.EmployeeId;
import java.time.LocalDate;
import java.util.Set;

/** The days an employee is on approved leave, which are absences excused. */
public interface LeaveCalendar {

    Set<LocalDate> daysOnLeave(EmployeeId employee, LocalDate from, LocalDate to);
}
