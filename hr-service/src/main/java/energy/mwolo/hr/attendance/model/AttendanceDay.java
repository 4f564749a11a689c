package energy.mwolo.hr.attendance.model;

import energy.mwolo.hr.kernel.BusinessTime;
import energy.mwolo.hr.kernel.EmployeeId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One employee's presence on one business day (Africa/Kinshasa): one clock-in, then one clock-out. Lateness is
 * read on the Kinshasa clock, never UTC: 08:30 UTC is 09:30 in Kinshasa, late after 09:00.
 */
public final class AttendanceDay {

    private final EmployeeId employee;
    private final LocalDate day;
    private final Instant clockIn;
    private final ClockSource clockInSource;
    private final int lateMinutes;
    private final Where clockInWhere;
    private Instant clockOut;
    private ClockSource clockOutSource;
    private Where clockOutWhere;

    /** Where a clocking was made: the position the client reported and the kiosk, each when known. */
    public record Where(Position position, KioskId kiosk) {

        public static final Where UNKNOWN = new Where(null, null);
    }

    private AttendanceDay(EmployeeId employee, LocalDate day, Instant clockIn, ClockSource clockInSource,
                          Where clockInWhere, int lateMinutes, Instant clockOut, ClockSource clockOutSource,
                          Where clockOutWhere) {
        this.employee = Objects.requireNonNull(employee, "employee");
        this.day = Objects.requireNonNull(day, "day");
        this.clockIn = Objects.requireNonNull(clockIn, "clockIn");
        this.clockInSource = Objects.requireNonNull(clockInSource, "clockInSource");
        this.clockInWhere = Objects.requireNonNullElse(clockInWhere, Where.UNKNOWN);
        this.lateMinutes = lateMinutes;
        this.clockOut = clockOut;
        this.clockOutSource = clockOutSource;
        this.clockOutWhere = Objects.requireNonNullElse(clockOutWhere, Where.UNKNOWN);
    }

    /** The day's clock-in at {@code at}; late by the minutes started after {@code lateAfter}, Kinshasa time. */
    public static AttendanceDay clockIn(EmployeeId employee, Instant at, ClockSource source, LocalTime lateAfter) {
        return clockIn(employee, at, source, Where.UNKNOWN, lateAfter);
    }

    public static AttendanceDay clockIn(EmployeeId employee, Instant at, ClockSource source, Where where,
                                        LocalTime lateAfter) {
        LocalDate day = BusinessTime.dayOf(at);
        LocalTime local = at.atZone(BusinessTime.ZONE).toLocalTime();
        long late = local.isAfter(lateAfter) ? Duration.between(lateAfter, local).toSeconds() : 0;
        int lateMinutes = (int) ((late + 59) / 60);
        return new AttendanceDay(employee, day, at, source, where, lateMinutes, null, null, null);
    }

    public static AttendanceDay restore(EmployeeId employee, LocalDate day, Instant clockIn,
                                        ClockSource clockInSource, Where clockInWhere, int lateMinutes,
                                        Instant clockOut, ClockSource clockOutSource, Where clockOutWhere) {
        return new AttendanceDay(employee, day, clockIn, clockInSource, clockInWhere, lateMinutes, clockOut,
                clockOutSource, clockOutWhere);
    }

    public void clockOut(Instant at, ClockSource source) {
        clockOut(at, source, Where.UNKNOWN);
    }

    public void clockOut(Instant at, ClockSource source, Where where) {
        if (clockOut != null) {
            throw new AttendanceRefused("hr.attendance.already_clocked_out", day);
        }
        if (!at.isAfter(clockIn)) {
            throw new AttendanceRefused("hr.attendance.out_before_in", day);
        }
        clockOut = at;
        clockOutSource = Objects.requireNonNull(source, "source");
        clockOutWhere = Objects.requireNonNull(where, "where");
    }

    public boolean late() {
        return lateMinutes > 0;
    }

    /** Time between clock-in and clock-out; zero while the day is open. */
    public Duration worked() {
        return clockOut == null ? Duration.ZERO : Duration.between(clockIn, clockOut);
    }

    public EmployeeId employee() {
        return employee;
    }

    public LocalDate day() {
        return day;
    }

    public Instant clockIn() {
        return clockIn;
    }

    public ClockSource clockInSource() {
        return clockInSource;
    }

    public Where clockInWhere() {
        return clockInWhere;
    }

    public Where clockOutWhere() {
        return clockOutWhere;
    }

    public int lateMinutes() {
        return lateMinutes;
    }

    public Instant clockOut() {
        return clockOut;
    }

    public ClockSource clockOutSource() {
        return clockOutSource;
    }
}
