package energy.mwolo.billing.invoices.model;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** All credit notes. */
public interface CreditNotes {

    void add(CreditNote note);

    Optional<CreditNote> byId(UUID id);

    /** The invoice's credit notes, oldest first. */
    List<CreditNote> ofInvoice(InvoiceId invoiceId);
}
