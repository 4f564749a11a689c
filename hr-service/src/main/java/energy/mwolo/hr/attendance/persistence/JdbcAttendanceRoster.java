package energy.mwolo.hr.attendance.persistence;

import energy.mwolo.hr.attendance.application.AttendanceRoster;
import energy.mwolo.hr.kernel.EmployeeId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Employment dates read from the employees' table. */
@Component
class JdbcAttendanceRoster implements AttendanceRoster {

    private static final String SELECT = "select id, number, hire_date, end_date from employees";

    private final JdbcClient jdbc;

    JdbcAttendanceRoster(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Employment> of(EmployeeId employee) {
        return jdbc.sql(SELECT + " where id = ?").param(employee.value()).query(JdbcAttendanceRoster::employment)
                .optional();
    }

    @Override
    public List<Employment> ofAgency(UUID agency, LocalDate first, LocalDate last) {
        return jdbc.sql(SELECT + """
                         where agency_id = ? and hire_date <= ? and (end_date is null or end_date >= ?)
                        order by number""")
                .params(agency, last, first).query(JdbcAttendanceRoster::employment).list();
    }

    private static Employment employment(ResultSet rs, int row) throws SQLException {
        return new Employment(new EmployeeId(rs.getObject("id", UUID.class)), rs.getString("number"),
                rs.getObject("hire_date", LocalDate.class), rs.getObject("end_date", LocalDate.class));
    }
}
