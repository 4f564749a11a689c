package energy.mwolo.hr.attendance.web;

import energy.mwolo.hr.attendance.application.AgencyMonthSummary;
import energy.mwolo.hr.attendance.application.BrowsingAttendance;
import energy.mwolo.hr.attendance.application.ClockingAttendance;
import energy.mwolo.hr.attendance.application.MonthSummary;
import energy.mwolo.hr.attendance.model.AttendanceDay;
import energy.mwolo.hr.attendance.model.AttendanceDay.Where;
import energy.mwolo.hr.attendance.model.Position;
import energy.mwolo.hr.kernel.BusinessTime;
import energy.mwolo.hr.kernel.Codes;
import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.hr.kernel.InvalidField;
import energy.mwolo.platform.idempotency.Idempotent;
import energy.mwolo.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Clock-in and clock-out of today, and a month's summary ({@code ?employee=&month=YYYY-MM}). */
@RestController
@RequestMapping("/api/hr/attendance")
class AttendanceController {

    private final ClockingAttendance clocking;
    private final BrowsingAttendance browsing;

    AttendanceController(ClockingAttendance clocking, BrowsingAttendance browsing) {
        this.clocking = clocking;
        this.browsing = browsing;
    }

    /**
     * A clock-in or clock-out on the web, at the server's time (the client cannot choose it); the whole body may be
     * left out. {@code employee} defaults to the caller; {@code source} to {@code web}; {@code latitude} and
     * {@code longitude} (both or neither) are the phone's position, checked against the agency's geofence.
     *
     * @param employee the employee who clocks; the caller when left out; only HR may name someone else (a forgotten
     *                 clocking)
     * @param source where the clocking comes from: only {@code web} is accepted here ({@code badge} and
     *               {@code kiosk} clockings come from a registered kiosk); {@code web} when left out
     * @param latitude the phone's latitude in decimal degrees (WGS 84, -90 to 90); with {@code longitude} or not at
     *                 all
     * @param longitude the phone's longitude in decimal degrees (WGS 84, -180 to 180); with {@code latitude} or not
     *                  at all. A position outside the geofence of the employee's agency is refused
     */
    record ClockRequest(UUID employee, String source, Double latitude, Double longitude) {

        static final ClockRequest EMPTY = new ClockRequest(null, null, null, null);

        Position position() {
            return Position.ofNullable(latitude, longitude);
        }
    }

    /**
     * One employee's attendance on one business day (Africa/Kinshasa): its clock-in and, once made, its clock-out.
     *
     * @param employee the employee who clocked
     * @param date the business day, Kinshasa time, ISO {@code yyyy-MM-dd}
     * @param clockIn when the employee clocked in, ISO-8601 UTC instant
     * @param clockInSource how the clock-in was made: {@code web}, {@code badge} (a badge reader) or {@code kiosk}
     * @param clockInKiosk the registered kiosk or badge reader the clock-in was made at; null for a web clocking
     * @param late whether the clock-in came after the late hour, Kinshasa time (09:00 unless configured otherwise)
     * @param lateMinutes minutes late, each minute begun counting as one; {@code 0} when on time
     * @param clockOut when the employee clocked out, ISO-8601 UTC instant; null while the day is open
     * @param clockOutSource how the clock-out was made: {@code web}, {@code badge} or {@code kiosk}; null while the
     *                       day is open
     * @param clockOutKiosk the registered kiosk or badge reader the clock-out was made at; null for a web clocking
     *                      or while the day is open
     */
    record DayResponse(UUID employee, LocalDate date, Instant clockIn, String clockInSource, UUID clockInKiosk,
                       boolean late, int lateMinutes, Instant clockOut, String clockOutSource, UUID clockOutKiosk) {

        static DayResponse from(AttendanceDay day) {
            return new DayResponse(day.employee().value(), day.day(), day.clockIn(), Codes.of(day.clockInSource()),
                    kiosk(day.clockInWhere()), day.late(), day.lateMinutes(), day.clockOut(),
                    Codes.of(day.clockOutSource()), kiosk(day.clockOutWhere()));
        }

        private static UUID kiosk(Where where) {
            return where.kiosk() == null ? null : where.kiosk().value();
        }
    }

    /**
     * One employee's attendance for a month, counted up to today on its agency's calendar (weekends and public
     * holidays are not working days) and only within its employment (from its hire date, until its end date).
     *
     * @param month the month, {@code yyyy-MM}
     * @param workingDays the agency's working days of the month counted so far, today included
     * @param workedDays the days with a clock-in
     * @param lateDays the days whose clock-in was late
     * @param lateMinutes the minutes late over the month, all late days added up
     * @param leaveDays the working days on approved leave
     * @param absentDays the past working days with neither a clock-in nor approved leave (today is not an absence
     *                   yet)
     * @param days the days with a clock-in, oldest first
     */
    record SummaryResponse(String month, int workingDays, int workedDays, int lateDays, int lateMinutes,
                           int leaveDays, int absentDays, List<DayResponse> days) {

        static SummaryResponse from(MonthSummary summary) {
            return new SummaryResponse(summary.month().toString(), summary.workingDays(), summary.workedDays(),
                    summary.lateDays(), summary.lateMinutes(), summary.leaveDays(), summary.absentDays(),
                    summary.days().stream().map(DayResponse::from).toList());
        }
    }

    /**
     * One employee's line in an agency's month; the counts are those of the employee's own monthly summary.
     *
     * @param employee the employee
     * @param number the employee's number, {@code EMP-<NNNNN>}
     * @param workingDays the agency's working days of the month counted so far within the employment, today included
     * @param workedDays the days with a clock-in
     * @param lateDays the days whose clock-in was late
     * @param lateMinutes the minutes late over the month
     * @param leaveDays the working days on approved leave
     * @param absentDays the past working days with neither a clock-in nor approved leave
     */
    record AgencyLine(UUID employee, String number, int workingDays, int workedDays, int lateDays, int lateMinutes,
                      int leaveDays, int absentDays) {
    }

    /**
     * An agency's attendance for a month: a line per employee employed there on some day of the month, and the
     * totals over them.
     *
     * @param agency the agency (geo-service)
     * @param month the month, {@code yyyy-MM}
     * @param employees one line per employee, by employee number
     * @param totals the sums over the lines: number of employees, worked, late, leave and absent days, late minutes
     */
    record AgencyResponse(UUID agency, String month, List<AgencyLine> employees,
                          AgencyMonthSummary.Totals totals) {

        static AgencyResponse from(AgencyMonthSummary summary) {
            return new AgencyResponse(summary.agency(), summary.month().toString(), summary.employees().stream()
                    .map(line -> {
                        MonthSummary month = line.summary();
                        return new AgencyLine(line.employment().employee().value(), line.employment().number(),
                                month.workingDays(), month.workedDays(), month.lateDays(), month.lateMinutes(),
                                month.leaveDays(), month.absentDays());
                    }).toList(), summary.totals());
        }
    }

    /** An agency's month, per employee and in total: HR only. */
    @Operation(summary = "Présences d'une agence sur un mois")
    @GetMapping({"/agencies/{agency}", "/agencies/{agency}/"})
    AgencyResponse agencyMonth(@PathVariable UUID agency, @RequestParam(required = false) String month,
                               CurrentUser user) {
        return AgencyResponse.from(browsing.agencyMonth(agency, month(month), user));
    }

    @Operation(summary = "Pointer son arrivée")
    @PostMapping({"/clock-in", "/clock-in/"})
    @Idempotent
    @ResponseStatus(HttpStatus.CREATED)
    DayResponse clockIn(@RequestBody(required = false) ClockRequest request, CurrentUser user) {
        ClockRequest body = request == null ? ClockRequest.EMPTY : request;
        return DayResponse.from(clocking.clockIn(EmployeeId.ofNullable(body.employee()), body.source(),
                body.position(), user));
    }

    @Operation(summary = "Pointer son départ")
    @PostMapping({"/clock-out", "/clock-out/"})
    @Idempotent
    DayResponse clockOut(@RequestBody(required = false) ClockRequest request, CurrentUser user) {
        ClockRequest body = request == null ? ClockRequest.EMPTY : request;
        return DayResponse.from(clocking.clockOut(EmployeeId.ofNullable(body.employee()), body.source(),
                body.position(), user));
    }

    @Operation(summary = "Présences d'un employé sur un mois")
    @GetMapping({"", "/"})
    SummaryResponse month(@RequestParam(required = false) UUID employee,
                          @RequestParam(required = false) String month, CurrentUser user) {
        return SummaryResponse.from(browsing.month(EmployeeId.ofNullable(employee), month(month), user));
    }

    private static YearMonth month(String text) {
        if (text == null) {
            return YearMonth.from(BusinessTime.dayOf(Instant.now()));
        }
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidField("month", "hr.leave.month_invalid", text);
        }
    }
}
