package energy.mwolo.billing.payments.application;

import energy.mwolo.billing.invoices.model.Invoice;
import energy.mwolo.billing.payments.model.Payment;
import energy.mwolo.billing.payments.model.PaymentEvent;
import java.util.List;
import java.util.Map;
import energy.mwolo.billing.invoices.model.InvoiceId;

/** Publishes a payment's events in the caller's transaction, so they leave only if it commits. */
public interface PaymentEventPublisher {

    /** @param invoices the invoices the events' allocations name, by id */
    void publish(Payment payment, List<PaymentEvent> events, Map<InvoiceId, Invoice> invoices);
}
