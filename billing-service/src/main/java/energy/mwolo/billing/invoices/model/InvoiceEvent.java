package energy.mwolo.billing.invoices.model;

import energy.mwolo.billing.kernel.Money;
import java.time.Instant;
import java.util.UUID;

/**
 * What happened to an invoice; recorded by {@link Invoice} inside its transitions, with the balance right after
 * (several transitions may run before the events are published).
 */
public sealed interface InvoiceEvent {

    Instant occurredAt();

    record Issued(Money balance, Instant occurredAt) implements InvoiceEvent {
    }

    record Overdue(int daysOverdue, Money balance, Instant occurredAt) implements InvoiceEvent {
    }

    /** {@code full}: the credit note cancelled the invoice. */
    record Credited(CreditNote creditNote, boolean full, Money balance, Instant occurredAt) implements InvoiceEvent {
    }

    /**
     * Nothing is left to pay; {@code last} is the allocation that settled it, from payment {@code paymentId} (its
     * confirmation or its credit put on the invoice; null when no payment settled it).
     */
    record Paid(Money last, UUID paymentId, Instant occurredAt) implements InvoiceEvent {
    }
}
