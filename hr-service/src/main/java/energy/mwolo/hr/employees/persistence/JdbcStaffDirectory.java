package energy.mwolo.hr.employees.persistence;

import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.hr.kernel.StaffDirectory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The few employee columns leave and attendance need, read without loading employees. */
@Component
class JdbcStaffDirectory implements StaffDirectory {

    private static final Set<String> AWAY = Set.of("suspended", "on_leave");
    private static final String SELECT = "select id, agency_id, manager_id, status from employees";

    private final JdbcClient jdbc;

    JdbcStaffDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<StaffMember> find(EmployeeId employee) {
        return jdbc.sql(SELECT + " where id = ?").param(employee.value()).query(JdbcStaffDirectory::member)
                .optional();
    }

    @Override
    public List<StaffMember> presentBetween(LocalDate first, LocalDate last) {
        return jdbc.sql(SELECT + " where hire_date <= ? and (end_date is null or end_date >= ?) order by number")
                .params(last, first).query(JdbcStaffDirectory::member).list();
    }

    private static StaffMember member(ResultSet rs, int row) throws SQLException {
        return new StaffMember(new EmployeeId(rs.getObject("id", UUID.class)), rs.getObject("agency_id", UUID.class),
                EmployeeId.ofNullable(rs.getObject("manager_id", UUID.class)), "left".equals(rs.getString("status")),
                AWAY.contains(rs.getString("status")));
    }
}
