package energy.mwolo.hr.attendance.web;

import energy.mwolo.hr.attendance.application.BrowsingAttendance;
import energy.mwolo.hr.attendance.application.ClockingAttendance;
import energy.mwolo.hr.attendance.application.MonthSummary;
import energy.mwolo.hr.attendance.model.AttendanceDay;
import energy.mwolo.hr.kernel.BusinessTime;
import energy.mwolo.hr.kernel.Codes;
import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.hr.kernel.InvalidField;
import energy.mwolo.platform.idempotency.Idempotent;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
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

    /** {@code employee} defaults to the caller; {@code source} to {@code web}. */
    record ClockRequest(UUID employee, String source) {
    }

    record DayResponse(UUID employee, LocalDate date, Instant clockIn, String clockInSource, boolean late,
                       int lateMinutes, Instant clockOut, String clockOutSource) {

        static DayResponse from(AttendanceDay day) {
            return new DayResponse(day.employee().value(), day.day(), day.clockIn(), Codes.of(day.clockInSource()),
                    day.late(), day.lateMinutes(), day.clockOut(), Codes.of(day.clockOutSource()));
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

    @PostMapping({"/clock-in", "/clock-in/"})
    @Idempotent
    @ResponseStatus(HttpStatus.CREATED)
    DayResponse clockIn(@RequestBody(required = false) ClockRequest request, CurrentUser user) {
        ClockRequest body = request == null ? new ClockRequest(null, null) : request;
        return DayResponse.from(clocking.clockIn(EmployeeId.ofNullable(body.employee()), body.source(), user));
    }

    @PostMapping({"/clock-out", "/clock-out/"})
    @Idempotent
    DayResponse clockOut(@RequestBody(required = false) ClockRequest request, CurrentUser user) {
        ClockRequest body = request == null ? new ClockRequest(null, null) : request;
        return DayResponse.from(clocking.clockOut(EmployeeId.ofNullable(body.employee()), body.source(), user));
    }

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
