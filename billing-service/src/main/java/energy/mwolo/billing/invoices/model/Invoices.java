package energy.mwolo.billing.invoices.model;

import energy.mwolo.billing.kernel.BillingPeriod;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** All invoices. At most one invoice that is not cancelled per contract and month (a unique constraint). */
public interface Invoices {

    /** {@link AlreadyInvoiced} when the contract has an invoice for the month that is not cancelled. */
    void add(Invoice invoice);

    /** Adds a batch at once; a duplicate (contract, month) fails the whole call. */
    void addAll(List<Invoice> invoices);

    Optional<Invoice> byId(InvoiceId id);

    /** The invoice locked until the transaction ends: changes to it apply one after the other. */
    Optional<Invoice> lock(InvoiceId id);

    /** Stores the state the invoice reached (status, number, dates, amounts). */
    void update(Invoice invoice);

    /** Deletes a draft (no number, no event was ever published for it). */
    void deleteDraft(InvoiceId id);

    /** Of these contracts, those with an invoice for the month that is not cancelled. */
    Set<UUID> invoicedAmong(Collection<UUID> contractIds, BillingPeriod period);

    /**
     * Up to {@code limit} issued or partly paid invoices due before {@code today}, locked; invoices another
     * transaction holds are skipped, so two instances marking overdue invoices share the work instead of waiting.
     */
    List<Invoice> lockDueBefore(LocalDate today, int limit);
}
