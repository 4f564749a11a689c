package energy.mwolo.hr.attendance.application;

import energy.mwolo.hr.access.HrAccess;
import energy.mwolo.hr.attendance.model.AttendanceDay;
import energy.mwolo.hr.attendance.model.AttendanceDays;
import energy.mwolo.hr.attendance.model.AttendanceRefused;
import energy.mwolo.hr.attendance.model.ClockSource;
import energy.mwolo.hr.kernel.BusinessTime;
import energy.mwolo.hr.kernel.Codes;
import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.hr.kernel.InvalidField;
import energy.mwolo.hr.kernel.StaffDirectory;
import energy.mwolo.hr.kernel.StaffDirectory.StaffMember;
import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An employee clocks in and out of today, at the server's time (a client cannot choose it). Only the web source is
 * open: a badge or a kiosk needs a registered device and a signed badge token, which are not built yet, so they are
 * refused rather than trusted. HR may clock for an employee (a forgotten clocking).
 */
@Service
public class ClockingAttendance {

    private final AttendanceDays days;
    private final StaffDirectory staff;
    private final AttendanceSettings settings;
    private final Clock clock;

    ClockingAttendance(AttendanceDays days, StaffDirectory staff, AttendanceSettings settings, Clock clock) {
        this.days = days;
        this.staff = staff;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public AttendanceDay clockIn(EmployeeId employee, String source, CurrentUser user) {
        StaffMember member = clocking(employee, user);
        AttendanceDay day = AttendanceDay.clockIn(member.id(), clock.instant(), source(source),
                settings.lateAfter());
        days.add(day);
        return day;
    }

    @Transactional
    public AttendanceDay clockOut(EmployeeId employee, String source, CurrentUser user) {
        StaffMember member = clocking(employee, user);
        Instant now = clock.instant();
        AttendanceDay day = days.lock(member.id(), BusinessTime.dayOf(now))
                .orElseThrow(() -> new AttendanceRefused("hr.attendance.not_clocked_in", BusinessTime.dayOf(now)));
        day.clockOut(now, source(source));
        days.update(day);
        return day;
    }

    private StaffMember clocking(EmployeeId employee, CurrentUser user) {
        user.require(HrAccess.CREATE);
        EmployeeId id = employee != null ? employee : HrAccess.self(user);
        if (id == null) {
            throw InvalidField.required("employee");
        }
        if (!HrAccess.isHrStaff(user) && !id.equals(HrAccess.self(user))) {
            throw new NotYours();
        }
        StaffMember member = staff.find(id)
                .orElseThrow(() -> new InvalidField("employee", "hr.employee.not_found", id));
        if (member.left()) {
            throw new InvalidField("employee", "hr.leave.employee_left", id);
        }
        return member;
    }

    private static ClockSource source(String code) {
        ClockSource source = code == null ? ClockSource.WEB : Codes.parse(ClockSource.class, code, "source");
        if (source != ClockSource.WEB) {
            throw new InvalidField("source", "hr.attendance.source_not_open", code);
        }
        return source;
    }

    static final class NotYours extends DomainException {
        NotYours() {
            super(ErrorKind.FORBIDDEN, "hr.attendance.not_yours", null);
        }
    }
}
