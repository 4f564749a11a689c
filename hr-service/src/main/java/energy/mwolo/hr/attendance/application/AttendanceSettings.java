package energy.mwolo.hr.attendance.application;

import java.time.LocalTime;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code mwolo.hr.attendance.late-after} ({@code MWOLO_HR_ATTENDANCE_LATE_AFTER}): a clock-in after this Kinshasa
 * time is late; 09:00 by default.
 */
@ConfigurationProperties("mwolo.hr.attendance")
public record AttendanceSettings(LocalTime lateAfter) {

    public AttendanceSettings {
        lateAfter = Objects.requireNonNullElse(lateAfter, LocalTime.of(9, 0));
    }
}
