package energy.mwolo.billing.invoices.application;

import energy.mwolo.billing.invoices.model.Invoice;

/** Publishes the events an invoice recorded, in the caller's transaction, so they leave only if it commits. */
public interface InvoiceEventPublisher {

    void publishRecordedEvents(Invoice invoice);
}
