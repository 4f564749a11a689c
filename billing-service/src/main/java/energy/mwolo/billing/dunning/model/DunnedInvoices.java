package energy.mwolo.billing.dunning.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The invoices as dunning sees them (read only: invoices change through their own feature). */
public interface DunnedInvoices {

    /** Up to {@code limit} open invoices due on or before {@code dueBy}, ids above {@code after} (null: first), by id. */
    List<DunnedInvoice> openDueBy(LocalDate dueBy, UUID after, int limit);

    Optional<DunnedInvoice> byId(UUID id);

    /**
     * The contract's open invoices past their due date on {@code today}, oldest due first, leaving out
     * {@code except} (null: none). Past due counts, not the {@code overdue} status: a pass deciding a final step
     * while another instance is still marking the invoice overdue sees the same balance.
     */
    List<DunnedInvoice> overdueOf(UUID contractId, LocalDate today, UUID except);
}
