package energy.mwolo.billing.payments.persistence;

import energy.mwolo.billing.kernel.Codes;
import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.Money;
import energy.mwolo.billing.payments.application.PaymentDirectory;
import energy.mwolo.billing.payments.application.PaymentQuery;
import energy.mwolo.billing.payments.application.PaymentSummary;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The payments list in one query per page; the credit a payment holds is computed from its allocations. */
@Repository
class JdbcPaymentDirectory implements PaymentDirectory {

    private final JdbcClient jdbc;

    JdbcPaymentDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long count(PaymentQuery query) {
        List<Object> params = new ArrayList<>();
        String where = where(query, params);
        return jdbc.sql("select count(*) from payments p" + where).params(params).query(Long.class).single();
    }

    @Override
    public List<PaymentSummary> find(PaymentQuery query, long offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(query, params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql("""
                        select p.id, p.number, p.client_id, p.amount, p.currency, p.method, p.status, p.received_day,
                            p.external_reference,
                            case when p.status = 'confirmed' then p.amount - coalesce(
                                (select sum(a.taken) from payment_allocations a
                                    where a.payment_id = p.id and a.returned_at is null), 0)
                            else 0 end as credit
                        from payments p""" + where + " order by p.received_at desc, p.number desc limit ? offset ?")
                .params(params)
                .query((row, number) -> {
                    Currency currency = Currency.valueOf(row.getString("currency"));
                    return new PaymentSummary(row.getObject("id", UUID.class), row.getString("number"),
                            row.getObject("client_id", UUID.class), new Money(row.getBigDecimal("amount"), currency),
                            row.getString("method"), row.getString("status"),
                            row.getDate("received_day").toLocalDate(), row.getString("external_reference"),
                            new Money(row.getBigDecimal("credit"), currency));
                }).list();
    }

    private static String where(PaymentQuery query, List<Object> params) {
        StringBuilder where = new StringBuilder(" where true");
        if (query.scope().restricted()) {
            where.append(" and p.client_id = ?");
            params.add(query.scope().ownClient());
        }
        if (query.client() != null) {
            where.append(" and p.client_id = ?");
            params.add(query.client());
        }
        if (query.status() != null) {
            where.append(" and p.status = ?");
            params.add(Codes.of(query.status()));
        }
        if (query.method() != null) {
            where.append(" and p.method = ?");
            params.add(Codes.of(query.method()));
        }
        if (query.from() != null) {
            where.append(" and p.received_day >= ?");
            params.add(Date.valueOf(query.from()));
        }
        if (query.to() != null) {
            where.append(" and p.received_day <= ?");
            params.add(Date.valueOf(query.to()));
        }
        return where.toString();
    }
}
