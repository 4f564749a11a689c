package energy.mwolo.billing.mobilemoney.reversals;

import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.Money;
import energy.mwolo.billing.mobilemoney.model.Provider;
import energy.mwolo.platform.outbox.Uuids;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Tables {@code mobile_money_credits} (read, with the payment each credit became: same provider transaction, method
 * {@code mobile_money}, same client) and {@code mobile_money_reversals} (unique per provider transaction).
 */
@Repository
class JdbcReversalBook implements ReversalBook {

    private static final String CREDIT = """
            select c.id, c.provider, c.provider_transaction_id, c.request_id, c.client_id, c.amount, c.currency,
                p.id as payment_id, p.number as payment_number, p.provider as payer
            from mobile_money_credits c
            join payments p on p.method = 'mobile_money' and p.provider_transaction_id = c.provider_transaction_id
                and p.client_id = c.client_id
            where\s""";

    private final JdbcClient jdbc;

    JdbcReversalBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<CreditReported> creditOfRequest(UUID requestId) {
        return jdbc.sql(CREDIT + "c.request_id = ?").param(requestId).query(JdbcReversalBook::credit).optional();
    }

    @Override
    public Optional<CreditReported> creditOfPaybill(UUID paybillId) {
        return jdbc.sql(CREDIT + "c.paybill_id = ?").param(paybillId).query(JdbcReversalBook::credit).optional();
    }

    @Override
    public boolean record(CreditReported credit, String reason, Long callbackId, Instant reportedAt) {
        return jdbc.sql("""
                        insert into mobile_money_reversals (id, provider, provider_transaction_id, credit_id, reason,
                            callback_id, reported_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (provider, provider_transaction_id) do nothing""")
                .params(Uuids.timeOrdered(), credit.provider().code(), credit.transactionId(), credit.creditId(),
                        reason == null ? null : reason.substring(0, Math.min(reason.length(), 300)), callbackId,
                        Timestamp.from(reportedAt))
                .update() == 1;
    }

    private static CreditReported credit(ResultSet rs, int row) throws SQLException {
        return new CreditReported(rs.getObject("id", UUID.class),
                Provider.valueOf(rs.getString("provider").toUpperCase(Locale.ROOT)),
                rs.getString("provider_transaction_id"), rs.getObject("request_id", UUID.class),
                rs.getObject("client_id", UUID.class),
                new Money(rs.getBigDecimal("amount"), Currency.valueOf(rs.getString("currency"))),
                rs.getString("payer"), rs.getObject("payment_id", UUID.class), rs.getString("payment_number"));
    }
}
