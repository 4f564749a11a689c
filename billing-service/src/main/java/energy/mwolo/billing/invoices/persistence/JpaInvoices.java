package energy.mwolo.billing.invoices.persistence;

import energy.mwolo.billing.invoices.model.AlreadyInvoiced;
import energy.mwolo.billing.invoices.model.Invoice;
import energy.mwolo.billing.invoices.model.InvoiceId;
import energy.mwolo.billing.invoices.model.Invoices;
import energy.mwolo.billing.kernel.BillingPeriod;
import energy.mwolo.platform.jdbc.PostgresCopy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Invoices through Spring Data JPA, new ones and their lines through PostgreSQL's COPY: a billing run stores thousands
 * per transaction, which Hibernate's persist, dirty checking and per-row element-collection inserts made the run's
 * main cost, and batched inserts still a large part of it. Either way the rows reach the database at once, so a
 * second invoice for a contract and month meets the unique index here, as {@link AlreadyInvoiced}, inside the
 * caller's transaction.
 */
@Repository
class JpaInvoices implements Invoices {

    static final String ONE_PER_MONTH = "invoices_one_per_contract_and_month";

    private final InvoiceEntities entities;
    private final EntityManager entityManager;

    private final JdbcTemplate jdbc;

    JpaInvoices(InvoiceEntities entities, EntityManager entityManager, JdbcTemplate jdbc) {
        this.entities = entities;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
    }

    @Override
    public void add(Invoice invoice) {
        addAll(List.of(invoice));
    }

    @Override
    public void addAll(List<Invoice> invoices) {
        if (invoices.isEmpty()) {
            return;
        }
        try {
            // Hibernate's pending writes first, so rows it holds for this transaction precede these, as with persist.
            entityManager.flush();
            List<InvoiceEntity> rows = invoices.stream().map(InvoiceEntity::from).toList();
            PostgresCopy.copy(jdbc, "invoices", InvoiceEntity.COLUMNS,
                    rows.stream().map(InvoiceEntity::row).toList());
            PostgresCopy.copy(jdbc, "invoice_lines", InvoiceEntity.LINE_COLUMNS,
                    rows.stream().flatMap(InvoiceEntity::lineRows).toList());
        } catch (PersistenceException | DataAccessException e) {
            if (invoices.size() == 1 && violates(e, ONE_PER_MONTH)) {
                Invoice invoice = invoices.get(0);
                throw new AlreadyInvoiced(invoice.subject().contractNumber(), invoice.subject().period());
            }
            throw e;
        }
    }

    @Override
    public Optional<Invoice> byId(InvoiceId id) {
        return entities.findById(id.value()).map(InvoiceEntity::toModel);
    }

    @Override
    public Optional<Invoice> lock(InvoiceId id) {
        return entities.lockById(id.value()).map(InvoiceEntity::toModel);
    }

    @Override
    public void update(Invoice invoice) {
        entities.findById(invoice.id().value()).orElseThrow().apply(invoice);
        entityManager.flush();
    }

    @Override
    public void deleteDraft(InvoiceId id) {
        entities.deleteDraft(id.value());
    }

    @Override
    public Set<UUID> invoicedAmong(Collection<UUID> contractIds, BillingPeriod period) {
        if (contractIds.isEmpty()) {
            return Set.of();
        }
        // Seen as the JPA query saw them: invoices this transaction persisted count. One array parameter rather
        // than an IN list: a run asks this for a thousand contracts per batch.
        entityManager.flush();
        return new HashSet<>(jdbc.query("""
                        select contract_id from invoices
                        where contract_id = any(?) and period = ? and status <> 'cancelled'""",
                statement -> {
                    statement.setArray(1, statement.getConnection().createArrayOf("uuid", contractIds.toArray()));
                    statement.setObject(2, period.firstDay());
                },
                (row, number) -> row.getObject(1, UUID.class)));
    }

    @Override
    public List<Invoice> lockDueBefore(LocalDate today, int limit) {
        return entities.lockDueBefore(today, limit).stream().map(InvoiceEntity::toModel).toList();
    }

    static boolean violates(Throwable failure, String constraint) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains(constraint)) {
                return true;
            }
        }
        return false;
    }
}
