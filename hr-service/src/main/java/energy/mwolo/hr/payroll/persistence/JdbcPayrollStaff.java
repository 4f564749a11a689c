package energy.mwolo.hr.payroll.persistence;

import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.hr.payroll.model.Earner;
import energy.mwolo.hr.payroll.model.PayCurrency;
import energy.mwolo.hr.payroll.model.PayrollStaff;
import energy.mwolo.hr.payroll.model.RunScope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The employees' pay columns with their dependents, read in one statement for a whole run. */
@Component
class JdbcPayrollStaff implements PayrollStaff {

    private static final String SELECT = """
            select e.id, e.number, e.first_name, e.last_name, e.post_name, e.agency_id, e.salary_amount,
                   e.salary_currency, coalesce(p.dependents, 0) as dependents
            from employees e left join payroll_profiles p on p.employee_id = e.id""";
    private static final String PRESENT = " e.hire_date <= :last and (e.end_date is null or e.end_date >= :first)";

    private final JdbcClient jdbc;

    JdbcPayrollStaff(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Earner> presentIn(YearMonth month, RunScope scope) {
        String agency = scope.company() ? "" : " and e.agency_id = :agency";
        return jdbc.sql(SELECT + " where" + PRESENT + agency + " order by e.number")
                .param("first", month.atDay(1)).param("last", month.atEndOfMonth()).param("agency", scope.agency())
                .query(JdbcPayrollStaff::earner).list();
    }

    @Override
    public int headcount(YearMonth month) {
        return jdbc.sql("select count(*) from employees e where" + PRESENT)
                .param("first", month.atDay(1)).param("last", month.atEndOfMonth())
                .query(Integer.class).single();
    }

    @Override
    public Optional<Earner> find(EmployeeId employee) {
        return jdbc.sql(SELECT + " where e.id = ?").param(employee.value()).query(JdbcPayrollStaff::earner)
                .optional();
    }

    private static Earner earner(ResultSet rs, int row) throws SQLException {
        String postName = rs.getString("post_name");
        String name = rs.getString("first_name") + " " + rs.getString("last_name")
                + (postName == null ? "" : " " + postName);
        return new Earner(new EmployeeId(rs.getObject("id", UUID.class)), rs.getString("number"), name,
                rs.getObject("agency_id", UUID.class), rs.getBigDecimal("salary_amount"),
                PayCurrency.valueOf(rs.getString("salary_currency")), rs.getInt("dependents"));
    }
}
