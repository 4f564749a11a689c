package energy.mwolo.billing.invoices.application;

import energy.mwolo.billing.invoices.model.InvoiceStatus;
import energy.mwolo.billing.kernel.Money;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An invoice's state was stored and its events published (credited, paid, partly paid, overdue): announced inside
 * the same transaction to listeners in this service, synchronously, so what they decide (a contract's standing)
 * commits or rolls back with the change. Whatever changes an invoice announces it by calling
 * {@link InvoiceEventPublisher#publishRecordedEvents(energy.mwolo.billing.invoices.model.Invoice)}.
 * {@code paymentId} is the payment that just settled the invoice, null for any other change.
 */
public record InvoiceChanged(UUID invoiceId, UUID contractId, InvoiceStatus status, LocalDate dueDate, Money balance,
                             UUID paymentId) {
}
