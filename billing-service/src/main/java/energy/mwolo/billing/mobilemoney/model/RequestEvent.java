package energy.mwolo.billing.mobilemoney.model;

import java.time.Instant;

/** What happened to a payment request, pulled once and published in the transaction that saves it. */
public sealed interface RequestEvent {

    Instant occurredAt();

    /** Saved before the provider is asked: from now on the customer may be paying. */
    record Started(Instant occurredAt) implements RequestEvent {
    }

    /** Ended as {@code outcome} (succeeded, failed, expired); a failed or expired request may end again, succeeded. */
    record Ended(RequestStatus outcome, Instant occurredAt) implements RequestEvent {
    }
}
