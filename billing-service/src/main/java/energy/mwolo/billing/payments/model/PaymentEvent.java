package energy.mwolo.billing.payments.model;

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
}
