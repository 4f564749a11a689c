package energy.mwolo.hr.attendance.persistence;

import energy.mwolo.hr.attendance.model.AttendanceDay;
import energy.mwolo.hr.attendance.model.AttendanceDay.Where;
import energy.mwolo.hr.attendance.model.AttendanceDays;
import energy.mwolo.hr.attendance.model.AttendanceRefused;
import energy.mwolo.hr.attendance.model.ClockSource;
import energy.mwolo.hr.attendance.model.KioskId;
import energy.mwolo.hr.attendance.model.Position;
import energy.mwolo.hr.kernel.Codes;
import energy.mwolo.hr.kernel.EmployeeId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Attendance days through JPA. A clock-in inserts the day's row: of two concurrent clock-ins the primary key lets
 * one through and the other gets the same 409 as a second clock-in later.
 */
@Component
class JpaAttendanceDays implements AttendanceDays {

    private final AttendanceDayRows rows;
    @PersistenceContext
    private EntityManager entityManager;

    JpaAttendanceDays(AttendanceDayRows rows) {
        this.rows = rows;
    }

    @Override
    public Optional<AttendanceDay> lock(EmployeeId employee, LocalDate day) {
        return rows.lockByKey(new AttendanceDayEntity.Key(employee.value(), day)).map(JpaAttendanceDays::day);
    }

    @Override
    public void add(AttendanceDay day) {
        AttendanceDayEntity.Key key = new AttendanceDayEntity.Key(day.employee().value(), day.day());
        if (rows.existsById(key)) {
            throw new AttendanceRefused("hr.attendance.already_clocked_in", day.day());
        }
        AttendanceDayEntity entity = new AttendanceDayEntity(key);
        copy(day, entity);
        try {
            entityManager.persist(entity);
            entityManager.flush();
        } catch (PersistenceException e) {
            if (isDuplicateKey(e)) {
                throw new AttendanceRefused("hr.attendance.already_clocked_in", day.day());
            }
            throw e;
        }
    }

    @Override
    public void update(AttendanceDay day) {
        copy(day, entityManager.find(AttendanceDayEntity.class,
                new AttendanceDayEntity.Key(day.employee().value(), day.day())));
        entityManager.flush();
    }

    @Override
    public List<AttendanceDay> between(EmployeeId employee, LocalDate from, LocalDate to) {
        return rows.between(employee.value(), from, to).stream().map(JpaAttendanceDays::day).toList();
    }

    private static boolean isDuplicateKey(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static void copy(AttendanceDay day, AttendanceDayEntity entity) {
        entity.clockInAt = day.clockIn();
        entity.clockInSource = Codes.of(day.clockInSource());
        entity.lateMinutes = day.lateMinutes();
        entity.clockOutAt = day.clockOut();
        entity.clockOutSource = Codes.of(day.clockOutSource());
        entity.clockInLatitude = latitude(day.clockInWhere());
        entity.clockInLongitude = longitude(day.clockInWhere());
        entity.clockInKiosk = kiosk(day.clockInWhere());
        entity.clockOutLatitude = latitude(day.clockOutWhere());
        entity.clockOutLongitude = longitude(day.clockOutWhere());
        entity.clockOutKiosk = kiosk(day.clockOutWhere());
    }

    private static BigDecimal latitude(Where where) {
        return where.position() == null ? null : degrees(where.position().latitude());
    }

    private static BigDecimal longitude(Where where) {
        return where.position() == null ? null : degrees(where.position().longitude());
    }

    /** Six decimals, about 11 cm: finer than any phone's fix. */
    private static BigDecimal degrees(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP);
    }

    private static UUID kiosk(Where where) {
        return where.kiosk() == null ? null : where.kiosk().value();
    }

    private static Where where(BigDecimal latitude, BigDecimal longitude, UUID kiosk) {
        return new Where(latitude == null ? null : new Position(latitude.doubleValue(), longitude.doubleValue()),
                kiosk == null ? null : new KioskId(kiosk));
    }

    private static AttendanceDay day(AttendanceDayEntity entity) {
        return AttendanceDay.restore(new EmployeeId(entity.key.employeeId()), entity.key.workDate(),
                entity.clockInAt, Codes.parse(ClockSource.class, entity.clockInSource, "source"),
                where(entity.clockInLatitude, entity.clockInLongitude, entity.clockInKiosk), entity.lateMinutes,
                entity.clockOutAt, Codes.parseOrNull(ClockSource.class, entity.clockOutSource, "source"),
                where(entity.clockOutLatitude, entity.clockOutLongitude, entity.clockOutKiosk));
    }
}
