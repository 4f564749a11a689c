package energy.mwolo.hr.attendance.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The row of one employee's day. */
@Entity
@Table(name = "attendance_days")
class AttendanceDayEntity {

    @EmbeddedId
    Key key;
    @Column(name = "clock_in_at")
    Instant clockInAt;
    @Column(name = "clock_in_source")
    String clockInSource;
    @Column(name = "late_minutes")
    int lateMinutes;
    @Column(name = "clock_out_at")
    Instant clockOutAt;
    @Column(name = "clock_out_source")
    String clockOutSource;
    @Column(name = "clock_in_latitude")
    BigDecimal clockInLatitude;
    @Column(name = "clock_in_longitude")
    BigDecimal clockInLongitude;
    @Column(name = "clock_in_kiosk_id")
    UUID clockInKiosk;
    @Column(name = "clock_out_latitude")
    BigDecimal clockOutLatitude;
    @Column(name = "clock_out_longitude")
    BigDecimal clockOutLongitude;
    @Column(name = "clock_out_kiosk_id")
    UUID clockOutKiosk;

    protected AttendanceDayEntity() {
    }

    AttendanceDayEntity(Key key) {
        this.key = key;
    }

    @Embeddable
    record Key(@Column(name = "employee_id") UUID employeeId, @Column(name = "work_date") LocalDate workDate)
            implements Serializable {
    }
}
