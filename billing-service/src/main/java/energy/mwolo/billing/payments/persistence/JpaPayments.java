package energy.mwolo.billing.payments.persistence;

import energy.mwolo.billing.invoices.model.InvoiceId;
import energy.mwolo.billing.kernel.BusinessTime;
import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.Money;
import energy.mwolo.billing.payments.model.CreditEntry;
import energy.mwolo.billing.payments.model.Payment;
import energy.mwolo.billing.payments.model.PaymentId;
import energy.mwolo.billing.payments.model.Payments;
import energy.mwolo.platform.outbox.Uuids;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Payments through Spring Data JPA; the credit ledger through JDBC, read as sums (the credit is never a stored
 * number that could drift from its lines).
 */
@Repository
class JpaPayments implements Payments {

    private final PaymentEntities entities;
    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;
    private final BusinessTime time;

    JpaPayments(PaymentEntities entities, EntityManager entityManager, JdbcTemplate jdbc, BusinessTime time) {
        this.entities = entities;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.time = time;
    }

    @Override
    public void add(Payment payment) {
        entityManager.persist(PaymentEntity.from(payment, time.now()));
        entityManager.flush();
    }

    @Override
    public Optional<Payment> byId(PaymentId id) {
        return entities.findById(id.value()).map(PaymentEntity::toModel);
    }

    @Override
    public Optional<Payment> lock(PaymentId id) {
        return entities.lockById(id.value()).map(PaymentEntity::toModel);
    }

    @Override
    public void update(Payment payment) {
        entities.findById(payment.id().value()).orElseThrow().apply(payment, time.now());
        entityManager.flush();
    }

    @Override
    public void record(List<CreditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                        insert into client_credits (id, client_id, payment_id, currency, amount, invoice_id,
                            recorded_at) values (?, ?, ?, ?, ?, ?, ?)""",
                entries.stream().map(entry -> new Object[] {Uuids.timeOrdered(), entry.clientId(),
                    entry.paymentId().value(), entry.amount().currency().name(), entry.amount().amount(),
                    entry.invoiceId() == null ? null : entry.invoiceId().value(), Timestamp.from(entry.at())})
                        .toList());
    }

    @Override
    public List<Money> creditOf(UUID clientId) {
        return jdbc.query("""
                        select currency, sum(amount) from client_credits where client_id = ?
                        group by currency having sum(amount) > 0 order by currency""",
                (row, number) -> new Money(row.getBigDecimal(2), Currency.valueOf(row.getString(1))), clientId);
    }

    @Override
    public List<PaymentId> holdingCredit(UUID clientId) {
        return jdbc.query("""
                        select c.payment_id from client_credits c join payments p on p.id = c.payment_id
                        where c.client_id = ? group by c.payment_id, p.received_at
                        having sum(c.amount) > 0 order by p.received_at, c.payment_id""",
                (row, number) -> new PaymentId(row.getObject(1, UUID.class)), clientId);
    }

    @Override
    public Set<UUID> withCredit(Collection<UUID> clientIds) {
        if (clientIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.query("""
                        select client_id from client_credits where client_id = any(?)
                        group by client_id, currency having sum(amount) > ?""",
                statement -> {
                    statement.setArray(1, statement.getConnection().createArrayOf("uuid", clientIds.toArray()));
                    statement.setBigDecimal(2, BigDecimal.ZERO);
                },
                (row, number) -> row.getObject(1, UUID.class)));
    }

    @Override
    public List<PaymentId> allocatedTo(InvoiceId invoiceId) {
        return jdbc.query("""
                        select distinct payment_id from payment_allocations
                        where invoice_id = ? and returned_at is null order by payment_id""",
                (row, number) -> new PaymentId(row.getObject(1, UUID.class)), invoiceId.value());
    }
}
