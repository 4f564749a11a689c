package energy.mwolo.billing.dunning.persistence;

import energy.mwolo.billing.dunning.model.DunnedInvoice;
import energy.mwolo.billing.dunning.model.DunnedInvoices;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the {@code invoices} table; it never writes it (invoices change through their feature's use cases). */
@Repository
class JdbcDunnedInvoices implements DunnedInvoices {

    private static final String COLUMNS = """
            select id, number, client_id, contract_id, site_id, due_date, currency, status,
                   case when status = 'cancelled' then 0 else total - amount_paid - amount_credited end as balance
            from invoices""";

    private final JdbcClient jdbc;

    JdbcDunnedInvoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<DunnedInvoice> openDueBy(LocalDate dueBy, UUID after, int limit) {
        return jdbc.sql(COLUMNS + "\n" + """
                         where status in ('issued', 'partially_paid', 'overdue') and due_date <= :dueBy
                           and (cast(:after as uuid) is null or id > cast(:after as uuid))
                         order by id limit :limit""")
                .param("dueBy", Date.valueOf(dueBy)).param("after", after).param("limit", limit)
                .query(JdbcDunnedInvoices::invoice).list();
    }

    @Override
    public Optional<DunnedInvoice> byId(UUID id) {
        return jdbc.sql(COLUMNS + " where id = ?").param(id).query(JdbcDunnedInvoices::invoice).optional();
    }

    @Override
    public List<DunnedInvoice> overdueOf(UUID contractId, LocalDate today, UUID except) {
        return jdbc.sql(COLUMNS + "\n" + """
                         where contract_id = :contract and status in ('issued', 'partially_paid', 'overdue')
                           and due_date < :today and total - amount_paid - amount_credited > 0
                           and (cast(:except as uuid) is null or id <> cast(:except as uuid))
                         order by due_date, number""")
                .param("contract", contractId).param("today", Date.valueOf(today)).param("except", except)
                .query(JdbcDunnedInvoices::invoice).list();
    }

    private static DunnedInvoice invoice(ResultSet row, int n) throws SQLException {
        Date due = row.getDate("due_date");
        return new DunnedInvoice(row.getObject("id", UUID.class), row.getString("number"),
                row.getObject("client_id", UUID.class), row.getObject("contract_id", UUID.class),
                row.getObject("site_id", UUID.class), due == null ? null : due.toLocalDate(),
                row.getString("currency"), row.getBigDecimal("balance"), row.getString("status"));
    }
}
