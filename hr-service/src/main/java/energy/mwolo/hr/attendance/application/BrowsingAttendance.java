package energy.mwolo.hr.attendance.application;

import energy.mwolo.hr.access.HrAccess;
import energy.mwolo.hr.attendance.model.AttendanceDays;
import energy.mwolo.hr.employees.model.EmployeeNotFound;
import energy.mwolo.hr.kernel.BusinessTime;
import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.hr.kernel.InvalidField;
import energy.mwolo.hr.kernel.StaffDirectory;
import energy.mwolo.hr.kernel.StaffDirectory.StaffMember;
import energy.mwolo.platform.calendar.AgencyCalendar;
import energy.mwolo.platform.calendar.WorkingCalendar;
import energy.mwolo.platform.readmodels.agencies.Agencies;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monthly summaries: an employee's for HR, the employee and its direct manager (anyone else gets a 404); an agency's,
 * every employee of it employed in the month, for HR.
 */
@Service
@Transactional(readOnly = true)
public class BrowsingAttendance {

    private final AttendanceDays days;
    private final StaffDirectory staff;
    private final AttendanceRoster roster;
    private final WorkingCalendar calendar;
    private final LeaveCalendar leave;
    private final Agencies agencies;
    private final Clock clock;

    BrowsingAttendance(AttendanceDays days, StaffDirectory staff, AttendanceRoster roster, WorkingCalendar calendar,
                       LeaveCalendar leave, Agencies agencies, Clock clock) {
        this.days = days;
        this.staff = staff;
        this.roster = roster;
        this.calendar = calendar;
        this.leave = leave;
        this.agencies = agencies;
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
        AttendanceRoster.Employment employment = roster.of(id).orElseThrow(() -> new EmployeeNotFound(id));
        return summary(month, employment, calendar.calendarOf(member.agency()));
    }

    public AgencyMonthSummary agencyMonth(UUID agency, YearMonth month, CurrentUser user) {
        HrAccess.requireHrStaff(user, HrAccess.READ);
        if (!agencies.exists(agency)) {
            throw new InvalidField("agency", "hr.employee.agency_unknown", agency);
        }
        AgencyCalendar agencyCalendar = calendar.calendarOf(agency);
        List<AgencyMonthSummary.Line> lines = roster.ofAgency(agency, month.atDay(1), month.atEndOfMonth())
                .stream()
                .map(employment -> new AgencyMonthSummary.Line(employment,
                        summary(month, employment, agencyCalendar)))
                .toList();
        return new AgencyMonthSummary(agency, month, lines, AgencyMonthSummary.Totals.of(lines));
    }

    private MonthSummary summary(YearMonth month, AttendanceRoster.Employment employment, AgencyCalendar agency) {
        LocalDate first = month.atDay(1);
        LocalDate today = BusinessTime.dayOf(clock.instant());
        LocalDate end = month.atEndOfMonth().isBefore(today) ? month.atEndOfMonth() : today;
        return MonthCount.count(month, employment, today, agency,
                days.between(employment.employee(), first, month.atEndOfMonth()),
                end.isBefore(first) ? Set.of() : leave.daysOnLeave(employment.employee(), first, end));
    }
}
