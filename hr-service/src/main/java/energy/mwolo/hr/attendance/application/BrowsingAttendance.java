package energy.mwolo.hr.attendance.application;

import energy.mwolo.hr.access.HrAccess;
import energy.mwolo.hr.attendance.model.AttendanceDay;
import energy.mwolo.hr.attendance.model.AttendanceDays;
import energy.mwolo.hr.employees.model.EmployeeNotFound;
import energy.mwolo.hr.kernel.BusinessTime;
import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.hr.kernel.InvalidField;
import energy.mwolo.hr.kernel.StaffDirectory;
import energy.mwolo.hr.kernel.StaffDirectory.StaffMember;
import energy.mwolo.platform.calendar.AgencyCalendar;
import energy.mwolo.platform.calendar.WorkingCalendar;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An employee's month of attendance, for HR, the employee and its direct manager; anyone else gets a 404. */
@Service
@Transactional(readOnly = true)
public class BrowsingAttendance {

    private final AttendanceDays days;
    private final StaffDirectory staff;
    private final WorkingCalendar calendar;
    private final LeaveCalendar leave;
    private final Clock clock;

    BrowsingAttendance(AttendanceDays days, StaffDirectory staff, WorkingCalendar calendar, LeaveCalendar leave,
                       Clock clock) {
        this.days = days;
        this.staff = staff;
        this.calendar = calendar;
        this.leave = leave;
        this.clock = clock;
    }

    public MonthSummary month(EmployeeId employee, YearMonth month, CurrentUser user) {
        EmployeeId id = employee != null ? employee : HrAccess.self(user);
        HrAccess.requireRead(user);
        if (id == null) {
            throw InvalidField.required("employee");
        }
        StaffMember member = staff.find(id).filter(found -> HrAccess.mayReadRecordsOf(user, found))
                .orElseThrow(() -> new EmployeeNotFound(id));
        LocalDate first = month.atDay(1);
        LocalDate today = BusinessTime.dayOf(clock.instant());
        LocalDate last = month.atEndOfMonth().isBefore(today) ? month.atEndOfMonth() : today;
        List<AttendanceDay> clocked = days.between(id, first, month.atEndOfMonth());
        if (last.isBefore(first)) {
            return new MonthSummary(month, 0, 0, 0, 0, 0, 0, clocked);
        }
        AgencyCalendar agency = calendar.calendarOf(member.agency());
        Set<LocalDate> present = clocked.stream().map(AttendanceDay::day).collect(Collectors.toSet());
        Set<LocalDate> onLeave = leave.daysOnLeave(id, first, last);
        int working = 0;
        int absent = 0;
        int leaveDays = 0;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (agency.isWorkingDay(day)) {
                working++;
                if (onLeave.contains(day)) {
                    leaveDays++;
                } else if (!present.contains(day) && day.isBefore(today)) {
                    absent++;
                }
            }
        }
        List<AttendanceDay> late = clocked.stream().filter(AttendanceDay::late).toList();
        return new MonthSummary(month, working, clocked.size(), late.size(),
                late.stream().mapToInt(AttendanceDay::lateMinutes).sum(), leaveDays, absent, clocked);
    }
}
