package energy.mwolo.billing.invoices.application;

import energy.mwolo.billing.invoices.model.Invoice;
import java.util.List;

/** Publishes the events an invoice recorded, in the caller's transaction, so they leave only if it commits. */
public interface InvoiceEventPublisher {

    void publishRecordedEvents(Invoice invoice);

    /** The same for many invoices at once (a billing run's batch); each invoice's events keep their order. */
    default void publishRecordedEvents(List<Invoice> invoices) {
        invoices.forEach(this::publishRecordedEvents);
    }
}
