package energy.mwolo.hr.leave.persistence;

import energy.mwolo.hr.leave.model.LeaveType;
import energy.mwolo.hr.leave.model.LeaveTypes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcLeaveTypes implements LeaveTypes {

    private static final String SELECT = """
            select code, name_fr, name_en, yearly_days, balance_checked, carry_forward_cap, carry_forward_months
            from leave_types""";

    private final JdbcClient jdbc;

    JdbcLeaveTypes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<LeaveType> byCode(String code) {
        return jdbc.sql(SELECT + " where code = ?").param(code).query(JdbcLeaveTypes::type).optional();
    }

    @Override
    public List<LeaveType> all() {
        return jdbc.sql(SELECT + " order by code").query(JdbcLeaveTypes::type).list();
    }

    private static LeaveType type(ResultSet rs, int row) throws SQLException {
        return new LeaveType(rs.getString("code"), rs.getString("name_fr"), rs.getString("name_en"),
                rs.getBigDecimal("yearly_days"), rs.getBoolean("balance_checked"),
                rs.getBigDecimal("carry_forward_cap"), rs.getInt("carry_forward_months"));
    }
}
