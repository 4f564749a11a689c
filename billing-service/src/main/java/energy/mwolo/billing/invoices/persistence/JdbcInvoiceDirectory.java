package energy.mwolo.billing.invoices.persistence;

import energy.mwolo.billing.invoices.application.InvoiceDirectory;
import energy.mwolo.billing.invoices.application.InvoiceQuery;
import energy.mwolo.billing.invoices.application.InvoiceSummary;
import energy.mwolo.billing.kernel.Codes;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Invoice lists in plain SQL: filters, a customer's scope, ordering and a page. */
@Repository
class JdbcInvoiceDirectory implements InvoiceDirectory {

    private final JdbcClient jdbc;

    JdbcInvoiceDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long count(InvoiceQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        return jdbc.sql("select count(*) from invoices where " + where(query, parameters)).params(parameters)
                .query(Long.class).single();
    }

    @Override
    public List<InvoiceSummary> find(InvoiceQuery query, long offset, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(query, parameters);
        parameters.put("offset", offset);
        parameters.put("limit", limit);
        String direction = query.ordering().descending() ? " desc" : "";
        return jdbc.sql("""
                        select id, number, status, client_id, contract_id, contract_number, site_id, period, issue_date,
                               due_date, currency, subtotal, tax, total, amount_paid, amount_credited, estimated, run_id,
                               created_at,
                               case when status in ('draft', 'cancelled') then 0
                                    else total - amount_paid - amount_credited end as balance
                        from invoices""" + " where " + where + " order by " + query.ordering().column() + direction
                        + " nulls last, id" + direction + " offset :offset limit :limit")
                .params(parameters)
                .query(JdbcInvoiceDirectory::summary)
                .list();
    }

    private static String where(InvoiceQuery query, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder("true");
        if (query.scope().restricted()) {
            where.append(" and client_id = :own and status <> 'draft'");
            parameters.put("own", query.scope().ownClient());
        }
        if (query.status() != null) {
            where.append(" and status = :status");
            parameters.put("status", Codes.of(query.status()));
        }
        if (query.client() != null) {
            where.append(" and client_id = :client");
            parameters.put("client", query.client());
        }
        if (query.contract() != null) {
            where.append(" and contract_id = :contract");
            parameters.put("contract", query.contract());
        }
        if (query.period() != null) {
            where.append(" and period = :period");
            parameters.put("period", Date.valueOf(query.period().firstDay()));
        }
        if (query.run() != null) {
            where.append(" and run_id = :run");
            parameters.put("run", query.run());
        }
        if (query.search() != null) {
            where.append(" and (number ilike :search or contract_number ilike :search)");
            parameters.put("search", "%" + query.search().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        return where.toString();
    }

    private static InvoiceSummary summary(ResultSet row, int number) throws SQLException {
        return new InvoiceSummary(row.getObject("id", UUID.class), row.getString("number"), row.getString("status"),
                row.getObject("client_id", UUID.class), row.getObject("contract_id", UUID.class),
                row.getString("contract_number"), row.getObject("site_id", UUID.class),
                YearMonth.from(row.getDate("period").toLocalDate()).toString(), day(row.getDate("issue_date")),
                day(row.getDate("due_date")), row.getString("currency"), row.getBigDecimal("subtotal"),
                row.getBigDecimal("tax"), row.getBigDecimal("total"), row.getBigDecimal("amount_paid"),
                row.getBigDecimal("amount_credited"), row.getBigDecimal("balance").setScale(2),
                row.getBoolean("estimated"), row.getObject("run_id", UUID.class),
                row.getTimestamp("created_at").toInstant());
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
