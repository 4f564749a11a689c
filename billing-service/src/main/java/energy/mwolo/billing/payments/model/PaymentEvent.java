package energy.mwolo.billing.payments.model;

import energy.mwolo.billing.invoices.model.InvoiceId;
import energy.mwolo.billing.kernel.Money;
import java.time.Instant;
import java.util.List;

/** What happened to a payment; recorded by {@link Payment} inside its transitions. */
public sealed interface PaymentEvent {

    Instant occurredAt();

    /** The money counts: where it went and what is left as the client's credit. */
    record Confirmed(List<Allocation> allocations, Money credit, Instant occurredAt) implements PaymentEvent {
    }

    record Failed(String reason, Instant occurredAt) implements PaymentEvent {
    }

    /** Credit left by the payment was put on invoices afterwards. */
    record Reallocated(List<Allocation> allocations, Money credit, Instant occurredAt) implements PaymentEvent {
    }

    /** The invoice was cancelled: what the payment had put on it ({@code returned}) is the client's credit again. */
    record GivenBack(InvoiceId invoiceId, Money returned, Money credit, Instant occurredAt) implements PaymentEvent {
    }
}
