package energy.mwolo.hr.attendance.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.hr.kernel.EmployeeId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class AttendanceDayTest {

    private static final LocalTime NINE = LocalTime.of(9, 0);
    private final EmployeeId employee = EmployeeId.newId();

    @Test
    void latenessIsReadOnTheKinshasaClockNotUtc() {
        AttendanceDay day = AttendanceDay.clockIn(employee, Instant.parse("2026-07-06T08:30:00Z"), ClockSource.WEB,
                NINE);

        assertThat(day.day()).isEqualTo(LocalDate.of(2026, 7, 6));
        assertThat(day.late()).isTrue();
        assertThat(day.lateMinutes()).isEqualTo(30);
    }

    @Test
    void aClockInAtNineSharpIsOnTimeAndASecondLaterIsAMinuteLate() {
        assertThat(AttendanceDay.clockIn(employee, Instant.parse("2026-07-06T08:00:00Z"), ClockSource.WEB, NINE)
                .late()).isFalse();
        assertThat(AttendanceDay.clockIn(employee, Instant.parse("2026-07-06T08:00:01Z"), ClockSource.WEB, NINE)
                .lateMinutes()).isEqualTo(1);
        assertThat(AttendanceDay.clockIn(employee, Instant.parse("2026-07-06T06:45:00Z"), ClockSource.WEB, NINE)
                .lateMinutes()).isZero();
    }

    @Test
    void theHourIsASetting() {
        AttendanceDay day = AttendanceDay.clockIn(employee, Instant.parse("2026-07-06T07:15:00Z"), ClockSource.WEB,
                LocalTime.of(8, 0));

        assertThat(day.lateMinutes()).isEqualTo(15);
    }

    @Test
    void theBusinessDayIsKinshasasEvenLateInTheUtcEvening() {
        AttendanceDay day = AttendanceDay.clockIn(employee, Instant.parse("2026-07-06T23:30:00Z"), ClockSource.WEB,
                NINE);

        assertThat(day.day()).isEqualTo(LocalDate.of(2026, 7, 7));
    }

    @Test
    void aDayIsClosedOnceAndNeverBeforeItOpened() {
        Instant in = Instant.parse("2026-07-06T07:00:00Z");
        AttendanceDay day = AttendanceDay.clockIn(employee, in, ClockSource.WEB, NINE);

        assertThatThrownBy(() -> day.clockOut(in, ClockSource.WEB)).isInstanceOf(AttendanceRefused.class);
        day.clockOut(in.plus(Duration.ofHours(8)), ClockSource.WEB);

        assertThat(day.worked()).isEqualTo(Duration.ofHours(8));
        assertThatThrownBy(() -> day.clockOut(in.plus(Duration.ofHours(9)), ClockSource.WEB))
                .isInstanceOf(AttendanceRefused.class)
                .extracting(e -> ((AttendanceRefused) e).code()).isEqualTo("hr.attendance.already_clocked_out");
    }
}
