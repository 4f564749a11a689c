package energy.mwolo.hr.attendance.application;

import energy.mwolo.hr.access.HrAccess;
import energy.mwolo.hr.attendance.model.AttendanceDay;
import energy.mwolo.hr.attendance.model.AttendanceDay.Where;
import energy.mwolo.hr.attendance.model.ClockSource;
import energy.mwolo.hr.attendance.model.Position;
import energy.mwolo.hr.kernel.Codes;
import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.hr.kernel.InvalidField;
import energy.mwolo.hr.kernel.StaffDirectory;
import energy.mwolo.hr.kernel.StaffDirectory.StaffMember;
import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import energy.mwolo.platform.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in employee clocks in and out of today on the web, at the server's time (a client cannot choose it),
 * with its phone's position when it has one (checked against its agency's geofence). Badge and kiosk clockings come
 * only from a registered kiosk ({@link KioskClocking}): claimed here, they are refused rather than trusted. HR may
 * clock for an employee (a forgotten clocking).
 */
@Service
public class ClockingAttendance {

    private final StaffDirectory staff;
    private final AttendanceRecorder recorder;

    ClockingAttendance(StaffDirectory staff, AttendanceRecorder recorder) {
        this.staff = staff;
        this.recorder = recorder;
    }

    @Transactional
    public AttendanceDay clockIn(EmployeeId employee, String source, Position position, CurrentUser user) {
        StaffMember member = clocking(employee, user);
        return recorder.clockIn(member, web(source), new Where(position, null), member.agency());
    }

    @Transactional
    public AttendanceDay clockOut(EmployeeId employee, String source, Position position, CurrentUser user) {
        StaffMember member = clocking(employee, user);
        return recorder.clockOut(member.id(), web(source), new Where(position, null), member.agency());
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

    private static ClockSource web(String code) {
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
