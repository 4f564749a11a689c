package energy.mwolo.billing.invoices.persistence;

import energy.mwolo.billing.invoices.model.CreditNote;
import energy.mwolo.billing.invoices.model.CreditNotes;
import energy.mwolo.billing.invoices.model.InvoiceId;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Repository;

@Repository
class JpaCreditNotes implements CreditNotes {

    private final CreditNoteEntities entities;
    private final EntityManager entityManager;

    JpaCreditNotes(CreditNoteEntities entities, EntityManager entityManager) {
        this.entities = entities;
        this.entityManager = entityManager;
    }

    @Override
    public void add(CreditNote note) {
        entityManager.persist(CreditNoteEntity.from(note));
    }

    @Override
    public Optional<CreditNote> byId(UUID id) {
        return entities.findById(id).map(CreditNoteEntity::toModel);
    }

    @Override
    public List<CreditNote> ofInvoice(InvoiceId invoiceId) {
        return entities.findByInvoiceIdOrderByCreatedAt(invoiceId.value()).stream().map(CreditNoteEntity::toModel)
                .toList();
    }
}
