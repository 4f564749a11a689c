package energy.mwolo.billing.mobilemoney.persistence;

import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.mobilemoney.application.RequestEventPublisher;
import energy.mwolo.billing.kernel.Money;
import energy.mwolo.billing.mobilemoney.model.MobileMoneyRequest;
import energy.mwolo.billing.mobilemoney.model.MobileMoneyRequests;
import energy.mwolo.billing.mobilemoney.model.Msisdn;
import energy.mwolo.billing.mobilemoney.model.Provider;
import energy.mwolo.billing.mobilemoney.model.ProviderIds;
import energy.mwolo.billing.mobilemoney.model.RequestStatus;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Table {@code mobile_money_requests}: one row per request, its reconciliation schedule beside it. Saving a request
 * publishes what happened to it in the caller's transaction, so that no path that starts or ends a request
 * can forget to tell it.
 */
@Repository
class JdbcMobileMoneyRequests implements MobileMoneyRequests {

    private static final String COLUMNS = """
            id, reference, client_id, amount, currency, provider, msisdn, invoice_ids, status, failure_reason,
            conversation_id, transaction_id, notif_token, pay_token, requested_by, created_at, completed_at""";

    private final JdbcClient jdbc;
    private final RequestEventPublisher events;

    JdbcMobileMoneyRequests(JdbcClient jdbc, RequestEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public void add(MobileMoneyRequest request, Instant firstCheckAt) {
        jdbc.sql("""
                        insert into mobile_money_requests (id, reference, client_id, amount, currency, provider, msisdn,
                            invoice_ids, status, requested_by, created_at, next_check_at)
                        values (:id, :reference, :client, :amount, :currency, :provider, :msisdn, :invoices, :status,
                            :requestedBy, :createdAt, :nextCheckAt)""")
                .param("id", request.id())
                .param("reference", request.reference())
                .param("client", request.clientId())
                .param("amount", request.amount().amount())
                .param("currency", request.amount().currency().name())
                .param("provider", request.provider().code())
                .param("msisdn", request.msisdn().national())
                .param("invoices", request.invoiceIds().toArray(UUID[]::new))
                .param("status", code(request.status()))
                .param("requestedBy", request.requestedBy())
                .param("createdAt", Timestamp.from(request.createdAt()))
                .param("nextCheckAt", Timestamp.from(firstCheckAt))
                .update();
        events.publish(request, request.pullEvents());
    }

    @Override
    public void update(MobileMoneyRequest request, Instant nextCheckAt) {
        ProviderIds ids = request.providerIds();
        jdbc.sql("""
                        update mobile_money_requests set status = :status, failure_reason = :reason,
                            conversation_id = :conversation, transaction_id = :transaction, notif_token = :notif,
                            pay_token = :pay, completed_at = :completedAt, next_check_at = :nextCheckAt
                        where id = :id""")
                .param("id", request.id())
                .param("status", code(request.status()))
                .param("reason", request.failureReason())
                .param("conversation", ids.conversationId())
                .param("transaction", ids.transactionId())
                .param("notif", ids.notifToken())
                .param("pay", ids.payToken())
                .param("completedAt", request.completedAt() == null ? null : Timestamp.from(request.completedAt()))
                .param("nextCheckAt", nextCheckAt == null ? null : Timestamp.from(nextCheckAt))
                .update();
        events.publish(request, request.pullEvents());
    }

    @Override
    public Optional<MobileMoneyRequest> find(UUID id) {
        return one("id = ?", id);
    }

    @Override
    public void lockInIdOrder(Collection<UUID> ids) {
        jdbc.sql("select id from mobile_money_requests where id = any(?) order by id for update")
                .param(ids.stream().distinct().toArray(UUID[]::new))
                .query(UUID.class)
                .list();
    }

    @Override
    public Optional<MobileMoneyRequest> lock(UUID id) {
        return one("id = ? for update", id);
    }

    @Override
    public Optional<MobileMoneyRequest> findByReference(String reference) {
        return one("reference = ?", reference);
    }

    @Override
    public Optional<MobileMoneyRequest> findByNotifToken(String notifToken) {
        return one("notif_token = ?", notifToken);
    }

    private Optional<MobileMoneyRequest> one(String condition, Object value) {
        return jdbc.sql("select " + COLUMNS + " from mobile_money_requests where " + condition).param(value)
                .query(JdbcMobileMoneyRequests::request).optional();
    }

    @Override
    public List<DueCheck> claimDue(Instant now, Instant leaseUntil, int limit) {
        return jdbc.sql("""
                        update mobile_money_requests set next_check_at = :lease
                        where id in (select id from mobile_money_requests where next_check_at <= :now
                                     order by next_check_at limit :limit for update skip locked)
                        returning id, checks""")
                .param("now", Timestamp.from(now))
                .param("lease", Timestamp.from(leaseUntil))
                .param("limit", limit)
                .query((rs, row) -> new DueCheck(rs.getObject("id", UUID.class), rs.getInt("checks")))
                .list();
    }

    @Override
    public void checked(UUID id, int checksMade, Instant nextCheckAt) {
        jdbc.sql("update mobile_money_requests set checks = :checks, next_check_at = :next where id = :id")
                .param("id", id)
                .param("checks", checksMade)
                .param("next", nextCheckAt == null ? null : Timestamp.from(nextCheckAt))
                .update();
    }

    private static MobileMoneyRequest request(ResultSet rs, int row) throws SQLException {
        Array invoices = rs.getArray("invoice_ids");
        Timestamp completed = rs.getTimestamp("completed_at");
        return MobileMoneyRequest.restore(rs.getObject("id", UUID.class), rs.getString("reference"),
                rs.getObject("client_id", UUID.class),
                new Money(rs.getBigDecimal("amount"), Currency.valueOf(rs.getString("currency"))),
                Arrays.asList((UUID[]) invoices.getArray()), Provider.valueOf(upper(rs.getString("provider"))),
                new Msisdn(rs.getString("msisdn")), rs.getObject("requested_by", UUID.class),
                rs.getTimestamp("created_at").toInstant(), RequestStatus.valueOf(upper(rs.getString("status"))),
                rs.getString("failure_reason"),
                new ProviderIds(rs.getString("conversation_id"), rs.getString("transaction_id"),
                        rs.getString("notif_token"), rs.getString("pay_token")),
                completed == null ? null : completed.toInstant());
    }

    private static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static String upper(String code) {
        return code.toUpperCase(Locale.ROOT);
    }
}
