package energy.mwolo.billing.mobilemoney.paybill.persistence;

import energy.mwolo.billing.kernel.Codes;
import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.Money;
import energy.mwolo.billing.mobilemoney.model.Msisdn;
import energy.mwolo.billing.mobilemoney.model.Provider;
import energy.mwolo.billing.mobilemoney.paybill.model.ParkReason;
import energy.mwolo.billing.mobilemoney.paybill.model.PaybillPayment;
import energy.mwolo.billing.mobilemoney.paybill.model.PaybillPayments;
import energy.mwolo.billing.mobilemoney.paybill.model.PaybillStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Table {@code mobile_money_paybill}, unique per provider transaction: a duplicate notification's insert waits for
 * the first one's transaction and then does nothing. Its credit rows go to {@code mobile_money_credits} with the
 * requests' ones, under the same unique (provider, provider transaction id).
 */
@Repository
class JdbcPaybillPayments implements PaybillPayments {

    private static final String COLUMNS = """
            id, provider, provider_transaction_id, account_reference, msisdn, amount, currency, status, park_reason,
            confirmed, client_id, invoice_id, callback_id, received_at, credited_at, assigned_by, assigned_at""";

    private final JdbcClient jdbc;

    JdbcPaybillPayments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean add(PaybillPayment payment) {
        return jdbc.sql("""
                        insert into mobile_money_paybill (id, provider, provider_transaction_id, account_reference,
                            msisdn, amount, currency, status, park_reason, confirmed, client_id, invoice_id,
                            callback_id, received_at, credited_at)
                        values (:id, :provider, :transaction, :reference, :msisdn, :amount, :currency, :status,
                            :reason, :confirmed, :client, :invoice, :callback, :receivedAt, :creditedAt)
                        on conflict (provider, provider_transaction_id) do nothing""")
                .param("id", payment.id())
                .param("provider", payment.provider().code())
                .param("transaction", payment.transactionId())
                .param("reference", cut(payment.accountReference(), 200))
                .param("msisdn", payment.msisdn().national())
                .param("amount", payment.amount().amount())
                .param("currency", payment.amount().currency().name())
                .param("status", Codes.of(payment.status()))
                .param("reason", payment.parkReason() == null ? null : Codes.of(payment.parkReason()))
                .param("confirmed", payment.isConfirmed())
                .param("client", payment.clientId())
                .param("invoice", payment.invoiceId())
                .param("callback", payment.callbackId())
                .param("receivedAt", Timestamp.from(payment.receivedAt()))
                .param("creditedAt", timestamp(payment.creditedAt()))
                .update() == 1;
    }

    @Override
    public void update(PaybillPayment payment) {
        jdbc.sql("""
                        update mobile_money_paybill set status = :status, park_reason = :reason,
                            confirmed = :confirmed, client_id = :client, invoice_id = :invoice,
                            credited_at = :creditedAt, assigned_by = :assignedBy, assigned_at = :assignedAt
                        where id = :id""")
                .param("id", payment.id())
                .param("status", Codes.of(payment.status()))
                .param("reason", payment.parkReason() == null ? null : Codes.of(payment.parkReason()))
                .param("confirmed", payment.isConfirmed())
                .param("client", payment.clientId())
                .param("invoice", payment.invoiceId())
                .param("creditedAt", timestamp(payment.creditedAt()))
                .param("assignedBy", payment.assignedBy())
                .param("assignedAt", timestamp(payment.assignedAt()))
                .update();
    }

    @Override
    public Optional<PaybillPayment> find(Provider provider, String transactionId) {
        return jdbc.sql("select " + COLUMNS + " from mobile_money_paybill where provider = ? "
                        + "and provider_transaction_id = ?")
                .params(provider.code(), transactionId).query(JdbcPaybillPayments::payment).optional();
    }

    @Override
    public Optional<PaybillPayment> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from mobile_money_paybill where id = ?").param(id)
                .query(JdbcPaybillPayments::payment).optional();
    }

    @Override
    public Optional<PaybillPayment> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from mobile_money_paybill where id = ? for update").param(id)
                .query(JdbcPaybillPayments::payment).optional();
    }

    @Override
    public List<PaybillPayment> parked(int limit) {
        return jdbc.sql("select " + COLUMNS + " from mobile_money_paybill where status = 'parked' "
                        + "order by received_at desc, id limit ?")
                .param(limit).query(JdbcPaybillPayments::payment).list();
    }

    @Override
    public List<DueCheck> claimDue(Instant now, Instant leaseUntil, int limit) {
        return jdbc.sql("""
                        update mobile_money_paybill set next_check_at = :lease
                        where id in (select id from mobile_money_paybill where next_check_at <= :now
                                     order by next_check_at limit :limit for update skip locked)
                        returning id, checks_made""")
                .param("now", Timestamp.from(now))
                .param("lease", Timestamp.from(leaseUntil))
                .param("limit", limit)
                .query((rs, row) -> new DueCheck(rs.getObject("id", UUID.class), rs.getInt("checks_made")))
                .list();
    }

    @Override
    public void checked(UUID id, int checksMade, Instant nextCheckAt) {
        jdbc.sql("update mobile_money_paybill set checks_made = :checks, next_check_at = :next where id = :id")
                .param("id", id)
                .param("checks", checksMade)
                .param("next", timestamp(nextCheckAt))
                .update();
    }

    @Override
    public boolean addCredit(UUID creditId, PaybillPayment payment, Instant now) {
        return jdbc.sql("""
                        insert into mobile_money_credits (id, provider, provider_transaction_id, paybill_id, client_id,
                            amount, currency, callback_id, credited_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (provider, provider_transaction_id) do nothing""")
                .params(creditId, payment.provider().code(), payment.transactionId(), payment.id(),
                        payment.clientId(), payment.amount().amount(), payment.amount().currency().name(),
                        payment.callbackId(), Timestamp.from(now))
                .update() == 1;
    }

    private static PaybillPayment payment(ResultSet rs, int row) throws SQLException {
        String reason = rs.getString("park_reason");
        return PaybillPayment.restore(rs.getObject("id", UUID.class),
                Provider.valueOf(upper(rs.getString("provider"))), rs.getString("provider_transaction_id"),
                rs.getString("account_reference"), new Msisdn(rs.getString("msisdn")),
                new Money(rs.getBigDecimal("amount"), Currency.valueOf(rs.getString("currency"))),
                (Long) rs.getObject("callback_id"), rs.getTimestamp("received_at").toInstant(),
                PaybillStatus.valueOf(upper(rs.getString("status"))),
                reason == null ? null : ParkReason.valueOf(upper(reason)), rs.getBoolean("confirmed"),
                rs.getObject("client_id", UUID.class), rs.getObject("invoice_id", UUID.class),
                instant(rs.getTimestamp("credited_at")), rs.getObject("assigned_by", UUID.class),
                instant(rs.getTimestamp("assigned_at")));
    }

    private static String upper(String code) {
        return code.toUpperCase(Locale.ROOT);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
