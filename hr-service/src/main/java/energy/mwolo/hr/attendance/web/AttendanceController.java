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
     * {@code employee} defaults to the caller; {@code source} to {@code web}; {@code latitude} and {@code longitude}
     * (both or neither) are the phone's position, checked against the agency's geofence.
     */
    record ClockRequest(UUID employee, String source, Double latitude, Double longitude) {

        static final ClockRequest EMPTY = new ClockRequest(null, null, null, null);

        Position position() {
            return Position.ofNullable(latitude, longitude);
        }
    }

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

    record SummaryResponse(String month, int workingDays, int workedDays, int lateDays, int lateMinutes,
                           int leaveDays, int absentDays, List<DayResponse> days) {

        static SummaryResponse from(MonthSummary summary) {
            return new SummaryResponse(summary.month().toString(), summary.workingDays(), summary.workedDays(),
                    summary.lateDays(), summary.lateMinutes(), summary.leaveDays(), summary.absentDays(),
                    summary.days().stream().map(DayResponse::from).toList());
        }
    }

    record AgencyLine(UUID employee, String number, int workingDays, int workedDays, int lateDays, int lateMinutes,
                      int leaveDays, int absentDays) {
    }

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
