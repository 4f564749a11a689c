package energy.mwolo.operations.disconnections.persistence;

import energy.mwolo.operations.disconnections.application.CutCase;
import energy.mwolo.operations.disconnections.application.Decision;
import energy.mwolo.operations.disconnections.application.DisconnectionBook;
import energy.mwolo.operations.disconnections.model.AccountStanding;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcDisconnectionBook implements DisconnectionBook {

    /** The advisory lock key under which orders are counted against the limits (an arbitrary, fixed number). */
    private static final long LIMITS_LOCK = 1_306_013_001L;

    private final JdbcClient jdbc;

    JdbcDisconnectionBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public AccountStanding lockAccount(UUID contract) {
        jdbc.sql("insert into disconnection_accounts (contract_id) values (?) on conflict do nothing")
                .param(contract).update();
        return jdbc.sql("select overdue, reported_at from disconnection_accounts where contract_id = ? for update")
                .param(contract)
                .query((row, n) -> new AccountStanding(row.getBoolean("overdue"), instant(row, "reported_at")))
                .single();
    }

    @Override
    public void saveStanding(UUID contract, UUID client, UUID site, AccountStanding standing, String amountDue) {
        jdbc.sql("""
                update disconnection_accounts set client_id = :client, site_id = :site, overdue = :overdue,
                       reported_at = :at, amount_due = :amount
                where contract_id = :contract""")
                .param("client", client).param("site", site).param("overdue", standing.overdue())
                .param("at", Timestamp.from(standing.reportedAt())).param("amount", amountDue)
                .param("contract", contract)
                .update();
    }

    @Override
    public List<UUID> metersOf(UUID contract) {
        return jdbc.sql("select meter_id from meter_links where contract_id = ? and unlinked_at is null")
                .param(contract).query(UUID.class).list();
    }

    @Override
    public List<CutCase> openCases(UUID contract) {
        return jdbc.sql("""
                select * from disconnection_cases
                where contract_id = ? and status in ('waiting', 'ordered', 'refused') order by opened_at""")
                .param(contract).query(JdbcDisconnectionBook::cutCase).list();
    }

    @Override
    public List<CutCase> dueCases(Instant now, int limit) {
        return jdbc.sql("""
                select * from disconnection_cases where status = 'waiting' and not_before <= ?
                order by not_before, opened_at limit ? for update skip locked""")
                .param(Timestamp.from(now)).param(limit)
                .query(JdbcDisconnectionBook::cutCase).list();
    }

    @Override
    public void saveCase(CutCase c) {
        jdbc.sql("""
                insert into disconnection_cases (id, contract_id, meter_id, client_id, site_id, status, reason,
                                                 not_before)
                values (:id, :contract, :meter, :client, :site, :status, :reason, :notBefore)
                on conflict (id) do update set status = excluded.status, reason = excluded.reason,
                                               not_before = excluded.not_before""")
                .param("id", c.id()).param("contract", c.contract()).param("meter", c.meter())
                .param("client", c.client()).param("site", c.site()).param("status", c.status())
                .param("reason", c.reason()).param("notBefore", timestamp(c.notBefore()))
                .update();
    }

    @Override
    public void record(Decision d) {
        jdbc.sql("""
                insert into disconnection_decisions (id, contract_id, meter_id, agency_id, outcome, reason,
                                                     not_before, alert, actor_id, order_id, decided_at)
                values (:id, :contract, :meter, :agency, :outcome, :reason, :notBefore, :alert, :actor, :order,
                        :at)""")
                .param("id", d.id()).param("contract", d.contract()).param("meter", d.meter())
                .param("agency", d.agency()).param("outcome", d.outcome()).param("reason", d.reason())
                .param("notBefore", timestamp(d.notBefore())).param("alert", d.alert()).param("actor", d.actor())
                .param("order", d.orderId()).param("at", Timestamp.from(d.decidedAt()))
                .update();
    }

    @Override
    public List<Decision> history(UUID contract) {
        return jdbc.sql("select * from disconnection_decisions where contract_id = ? order by decided_at, id")
                .param(contract)
                .query((row, n) -> new Decision(row.getObject("id", UUID.class),
                        row.getObject("contract_id", UUID.class), row.getObject("meter_id", UUID.class),
                        row.getObject("agency_id", UUID.class), row.getString("outcome"), row.getString("reason"),
                        instant(row, "not_before"), row.getBoolean("alert"), row.getObject("actor_id", UUID.class),
                        row.getObject("order_id", UUID.class), instant(row, "decided_at")))
                .list();
    }

    @Override
    public void lockLimits() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(LIMITS_LOCK).query((row, n) -> 1).single();
    }

    @Override
    public int cutsOrdered(UUID agency, Instant from, Instant to) {
        return jdbc.sql("""
                select count(*) from disconnection_decisions
                where outcome = 'cut_ordered' and agency_id = ? and decided_at >= ? and decided_at < ?""")
                .param(agency).param(Timestamp.from(from)).param(Timestamp.from(to))
                .query(Integer.class).single();
    }

    @Override
    public int cutsOrdered(Instant from, Instant to) {
        return jdbc.sql("""
                select count(*) from disconnection_decisions
                where outcome = 'cut_ordered' and decided_at >= ? and decided_at < ?""")
                .param(Timestamp.from(from)).param(Timestamp.from(to))
                .query(Integer.class).single();
    }

    @Override
    public boolean onHold(String scope, UUID target) {
        return target != null && jdbc.sql("""
                select exists (select 1 from disconnection_holds
                               where scope = ? and target_id = ? and released_at is null)""")
                .param(scope).param(target).query(Boolean.class).single();
    }

    @Override
    public Optional<UUID> placeHold(String scope, UUID target, UUID actor, String note, Instant at) {
        return jdbc.sql("""
                insert into disconnection_holds (id, scope, target_id, note, placed_by, placed_at)
                values (?, ?, ?, ?, ?, ?) on conflict (scope, target_id) where released_at is null do nothing
                returning id""")
                .param(UUID.randomUUID()).param(scope).param(target).param(note).param(actor)
                .param(Timestamp.from(at))
                .query(UUID.class).optional();
    }

    @Override
    public Optional<UUID> releaseHold(String scope, UUID target, UUID actor, Instant at) {
        return jdbc.sql("""
                update disconnection_holds set released_by = ?, released_at = ?
                where scope = ? and target_id = ? and released_at is null
                returning id""")
                .param(actor).param(Timestamp.from(at)).param(scope).param(target)
                .query(UUID.class).optional();
    }

    @Override
    public void wakeUp(String scope, UUID target, Instant at) {
        String sql = "contract".equals(scope)
                ? "update disconnection_cases set not_before = ? where status = 'waiting' and contract_id = ?"
                : """
                update disconnection_cases c set not_before = ?
                where c.status = 'waiting' and c.site_id in (
                    select s.id from read_sites s join read_clients cl on cl.id = s.client_id
                    where cl.agency_id = ?)""";
        jdbc.sql(sql).param(Timestamp.from(at)).param(target).update();
    }

    @Override
    public Instant paymentHeldUntil(UUID client, Instant now) {
        return jdbc.sql("""
                select max(hold_until) as until from disconnection_payment_holds
                where client_id = ? and ended_at is null and hold_until > ?""")
                .param(client).param(Timestamp.from(now))
                .query((row, n) -> instant(row, "until")).list().get(0);
    }

    @Override
    public void paymentStarted(UUID client, UUID payment, Instant holdUntil) {
        // A payment's end may arrive before its start (another key, another partition): the row it left stays ended.
        jdbc.sql("""
                insert into disconnection_payment_holds (payment_id, client_id, hold_until) values (?, ?, ?)
                on conflict (payment_id) do update set hold_until = excluded.hold_until""")
                .param(payment).param(client).param(Timestamp.from(holdUntil)).update();
    }

    @Override
    public void paymentEnded(UUID client, UUID payment, Instant at) {
        jdbc.sql("""
                insert into disconnection_payment_holds (payment_id, client_id, hold_until, ended_at)
                values (?, ?, ?, ?)
                on conflict (payment_id) do update set ended_at = coalesce(disconnection_payment_holds.ended_at,
                                                                           excluded.ended_at)""")
                .param(payment).param(client).param(Timestamp.from(at)).param(Timestamp.from(at)).update();
    }

    @Override
    public void wakeUpHeldForPayment(UUID client, Instant at) {
        jdbc.sql("""
                update disconnection_cases set not_before = ?
                where status = 'waiting' and client_id = ? and reason = 'payment_pending' and not_before > ?""")
                .param(Timestamp.from(at)).param(client).param(Timestamp.from(at)).update();
    }

    private static CutCase cutCase(ResultSet row, int n) throws SQLException {
        return new CutCase(row.getObject("id", UUID.class), row.getObject("contract_id", UUID.class),
                row.getObject("meter_id", UUID.class), row.getObject("client_id", UUID.class),
                row.getObject("site_id", UUID.class), row.getString("status"), row.getString("reason"),
                instant(row, "not_before"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
