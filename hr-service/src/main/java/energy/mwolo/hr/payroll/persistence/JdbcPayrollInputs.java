package energy.mwolo.hr.payroll.persistence;

import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.hr.payroll.model.PayLine;
import energy.mwolo.hr.payroll.model.PayrollInput;
import energy.mwolo.hr.payroll.model.PayrollInputs;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Monthly inputs as a row and its lines, replaced whole; a month's inputs are read in two statements. */
@Component
class JdbcPayrollInputs implements PayrollInputs {

    private final JdbcClient jdbc;

    JdbcPayrollInputs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<PayrollInput> of(EmployeeId employee, YearMonth month) {
        return Optional.ofNullable(read(month, employee.value()).get(employee));
    }

    @Override
    public Map<EmployeeId, PayrollInput> ofMonth(YearMonth month) {
        return read(month, null);
    }

    private Map<EmployeeId, PayrollInput> read(YearMonth month, UUID only) {
        String filter = only == null ? "" : " and employee_id = :employee";
        Map<UUID, BigDecimal> overtime = new HashMap<>();
        jdbc.sql("select employee_id, overtime from payroll_inputs where month = :month" + filter)
                .param("month", month.toString()).param("employee", only)
                .query(rs -> {
                    overtime.put(rs.getObject("employee_id", UUID.class), rs.getBigDecimal("overtime"));
                });
        Map<UUID, List<PayLine>> allowances = new HashMap<>();
        Map<UUID, List<PayLine>> adjustments = new HashMap<>();
        jdbc.sql("select employee_id, kind, label, amount from payroll_input_lines where month = :month" + filter
                        + " order by employee_id, position")
                .param("month", month.toString()).param("employee", only)
                .query(rs -> {
                    UUID employee = rs.getObject("employee_id", UUID.class);
                    PayLine line = new PayLine(rs.getString("label"), rs.getBigDecimal("amount"));
                    ("allowance".equals(rs.getString("kind")) ? allowances : adjustments)
                            .computeIfAbsent(employee, key -> new ArrayList<>()).add(line);
                });
        Map<EmployeeId, PayrollInput> inputs = new HashMap<>();
        overtime.forEach((employee, hours) -> inputs.put(new EmployeeId(employee), new PayrollInput(
                new EmployeeId(employee), month, allowances.getOrDefault(employee, List.of()), hours,
                adjustments.getOrDefault(employee, List.of()))));
        return inputs;
    }

    @Override
    public void put(PayrollInput input) {
        UUID employee = input.employee().value();
        String month = input.month().toString();
        jdbc.sql("delete from payroll_inputs where employee_id = ? and month = ?").params(employee, month).update();
        jdbc.sql("insert into payroll_inputs (employee_id, month, overtime, updated_at) values (?, ?, ?, ?)")
                .params(employee, month, input.overtime(), Timestamp.from(Instant.now())).update();
        int position = 0;
        for (PayLine line : input.allowances()) {
            insertLine(employee, month, position++, "allowance", line);
        }
        for (PayLine line : input.adjustments()) {
            insertLine(employee, month, position++, "adjustment", line);
        }
    }

    private void insertLine(UUID employee, String month, int position, String kind, PayLine line) {
        jdbc.sql("""
                insert into payroll_input_lines (employee_id, month, position, kind, label, amount)
                values (?, ?, ?, ?, ?, ?)""")
                .params(employee, month, position, kind, line.label(), line.amount()).update();
    }

    @Override
    public void putDependents(EmployeeId employee, int dependents) {
        jdbc.sql("""
                insert into payroll_profiles (employee_id, dependents, updated_at) values (?, ?, ?)
                on conflict (employee_id) do update set dependents = excluded.dependents,
                                                        updated_at = excluded.updated_at""")
                .params(employee.value(), dependents, Timestamp.from(Instant.now())).update();
    }
}
