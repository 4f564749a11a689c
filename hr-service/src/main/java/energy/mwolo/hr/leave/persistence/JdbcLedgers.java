package energy.mwolo.hr.leave.persistence;

import energy.mwolo.hr.kernel.Codes;
import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.hr.leave.model.EntryKind;
import energy.mwolo.hr.leave.model.LeaveLedger;
import energy.mwolo.hr.leave.model.LeaveRequestId;
import energy.mwolo.hr.leave.model.LedgerEntry;
import energy.mwolo.hr.leave.model.Ledgers;
import energy.mwolo.platform.outbox.Uuids;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The ledger as plain rows, in the use case's transaction. The unique indexes on (employee, type, kind, period) and
 * (request, kind) make a repeated accrual, year close, approval or cancellation add nothing.
 */
@Component
class JdbcLedgers implements Ledgers {

    private final JdbcClient jdbc;

    JdbcLedgers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public LeaveLedger of(EmployeeId employee, String leaveType) {
        return new LeaveLedger(jdbc.sql("""
                        select kind, days, effective_on, period, expires_on from leave_ledger
                        where employee_id = ? and leave_type = ? order by effective_on, created_at""")
                .params(employee.value(), leaveType)
                .query((rs, row) -> new LedgerEntry(Codes.parse(EntryKind.class, rs.getString("kind"), "kind"),
                        rs.getBigDecimal("days"), rs.getObject("effective_on", LocalDate.class),
                        rs.getString("period"), rs.getObject("expires_on", LocalDate.class)))
                .list());
    }

    @Override
    public int append(EmployeeId employee, String leaveType, List<LedgerEntry> entries, LeaveRequestId request) {
        int added = 0;
        Timestamp now = Timestamp.from(Instant.now());
        for (LedgerEntry entry : entries) {
            added += jdbc.sql("""
                            insert into leave_ledger (id, employee_id, leave_type, kind, days, effective_on, period,
                                                      expires_on, request_id, created_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            on conflict do nothing""")
                    .params(Uuids.timeOrdered(), employee.value(), leaveType, Codes.of(entry.kind()), entry.days(),
                            entry.effectiveOn(), entry.period(), entry.expiresOn(),
                            request == null ? null : request.value(), now)
                    .update();
        }
        return added;
    }
}
