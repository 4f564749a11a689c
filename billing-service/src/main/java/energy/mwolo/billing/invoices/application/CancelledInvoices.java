package energy.mwolo.billing.invoices.application;

import energy.mwolo.billing.invoices.model.Invoice;
import energy.mwolo.billing.invoices.model.InvoiceId;

/**
 * What follows an invoice's cancellation in the credit note's transaction: whatever had been paid on it
 * ({@link Invoice#paidBeyondTotal()}) goes back to the client as credit, so cancelling never swallows money.
 */
public interface CancelledInvoices {

    /**
     * Called before the invoice is locked: locks what {@link #cancelled} will change, in the order payments lock
     * (payment first, then invoice), so a cancellation and a payment on the same invoice queue instead of
     * deadlocking.
     */
    void cancelling(InvoiceId invoiceId);

    /** The invoice, still locked, was just cancelled. */
    void cancelled(Invoice invoice);
}
