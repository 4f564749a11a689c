package energy.mwolo.hr.attendance.persistence;

import energy.mwolo.hr.attendance.application.LeaveCalendar;
import energy.mwolo.hr.kernel.EmployeeId;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Approved leave from the leave requests' table; a day with any part on leave counts as on leave. */
@Component
class JdbcLeaveCalendar implements LeaveCalendar {

    private final JdbcClient jdbc;

    JdbcLeaveCalendar(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<LocalDate> daysOnLeave(EmployeeId employee, LocalDate from, LocalDate to) {
        Set<LocalDate> days = new HashSet<>();
        jdbc.sql("""
                        select start_date, end_date from leave_requests
                        where employee_id = ? and status = 'approved' and start_date <= ? and end_date >= ?""")
                .params(employee.value(), to, from)
                .query((rs, row) -> {
                    LocalDate start = rs.getObject("start_date", LocalDate.class);
                    LocalDate end = rs.getObject("end_date", LocalDate.class);
                    for (LocalDate day = start.isBefore(from) ? from : start; !day.isAfter(end) && !day.isAfter(to);
                         day = day.plusDays(1)) {
                        days.add(day);
                    }
                    return row;
                }).list();
        return days;
    }
}
