package energy.mwolo.billing.dunning.persistence;

import energy.mwolo.billing.dunning.model.AccountStandings;
import energy.mwolo.billing.dunning.model.ContractStanding;
import energy.mwolo.billing.dunning.model.Standing;
import energy.mwolo.billing.kernel.Codes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAccountStandings implements AccountStandings {

    private final JdbcClient jdbc;

    JdbcAccountStandings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ContractStanding> lock(UUID contractId) {
        return jdbc.sql("select * from account_standings where contract_id = ? for update").param(contractId)
                .query(JdbcAccountStandings::standing).optional();
    }

    @Override
    public boolean create(ContractStanding s) {
        return jdbc.sql("""
                        insert into account_standings (contract_id, client_id, site_id, status, step_code, invoice_id,
                            decided_at)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict (contract_id) do nothing""")
                .params(s.contractId(), s.clientId(), s.siteId(), Codes.of(s.standing()), s.stepCode(),
                        s.invoiceId(), Timestamp.from(s.decidedAt()))
                .update() == 1;
    }

    @Override
    public void update(ContractStanding s) {
        jdbc.sql("""
                        update account_standings set status = ?, step_code = ?, invoice_id = ?, decided_at = ?,
                            settled_at = null
                        where contract_id = ?""")
                .params(Codes.of(s.standing()), s.stepCode(), s.invoiceId(), Timestamp.from(s.decidedAt()),
                        s.contractId())
                .update();
    }

    @Override
    public void settle(UUID contractId, Instant at) {
        jdbc.sql("update account_standings set status = 'settled', settled_at = ? where contract_id = ?")
                .params(Timestamp.from(at), contractId).update();
    }

    private static ContractStanding standing(ResultSet row, int n) throws SQLException {
        Timestamp settled = row.getTimestamp("settled_at");
        return new ContractStanding(row.getObject("contract_id", UUID.class), row.getObject("client_id", UUID.class),
                row.getObject("site_id", UUID.class),
                Standing.valueOf(row.getString("status").toUpperCase(Locale.ROOT)), row.getString("step_code"),
                row.getObject("invoice_id", UUID.class), row.getTimestamp("decided_at").toInstant(),
                settled == null ? null : settled.toInstant());
    }
}
