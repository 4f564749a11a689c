package energy.mwolo.hr.attendance.application;

import energy.mwolo.hr.attendance.model.AttendanceDay;
import energy.mwolo.hr.attendance.model.AttendanceDay.Where;
import energy.mwolo.hr.attendance.model.AttendanceDays;
import energy.mwolo.hr.attendance.model.AttendanceRefused;
import energy.mwolo.hr.attendance.model.ClockSource;
import energy.mwolo.hr.attendance.model.Geofences;
import energy.mwolo.hr.kernel.BusinessTime;
import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.hr.kernel.StaffDirectory.StaffMember;
import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Records a clocking once its caller has established who clocks, whatever the source: at the server's time, the
 * position (when reported) inside the geofence of the agency where the clocking is made.
 */
@Component
class AttendanceRecorder {

    private final AttendanceDays days;
    private final Geofences geofences;
    private final AttendanceSettings settings;
    private final Clock clock;

    AttendanceRecorder(AttendanceDays days, Geofences geofences, AttendanceSettings settings, Clock clock) {
        this.days = days;
        this.geofences = geofences;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Clocks in, unless the employee is away (suspended or on long leave): whatever the source, a badge or kiosk
     * included. Clocking out stays open to close a day begun before the suspension.
     */
    AttendanceDay clockIn(StaffMember employee, ClockSource source, Where where, UUID agency) {
        if (employee.away()) {
            throw new NotAtWork(employee.id());
        }
        requireInsideGeofence(where, agency);
        AttendanceDay day = AttendanceDay.clockIn(employee.id(), clock.instant(), source, where,
                settings.lateAfter());
        days.add(day);
        return day;
    }

    AttendanceDay clockOut(EmployeeId employee, ClockSource source, Where where, UUID agency) {
        requireInsideGeofence(where, agency);
        Instant now = clock.instant();
        AttendanceDay day = days.lock(employee, BusinessTime.dayOf(now))
                .orElseThrow(() -> new AttendanceRefused("hr.attendance.not_clocked_in", BusinessTime.dayOf(now)));
        day.clockOut(now, source, where);
        days.update(day);
        return day;
    }

    /** A clock-in by an employee whom HR suspended or put on leave. */
    static final class NotAtWork extends DomainException {
        NotAtWork(EmployeeId employee) {
            super(ErrorKind.CONFLICT, "hr.attendance.not_at_work", null, employee);
        }
    }

    private void requireInsideGeofence(Where where, UUID agency) {
        if (where.position() != null && agency != null) {
            geofences.of(agency).ifPresent(fence -> fence.requireInside(where.position()));
        }
    }
}
