package energy.mwolo.billing.invoices.persistence;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CreditNoteEntities extends JpaRepository<CreditNoteEntity, UUID> {

    List<CreditNoteEntity> findByInvoiceIdOrderByCreatedAt(UUID invoiceId);
}
