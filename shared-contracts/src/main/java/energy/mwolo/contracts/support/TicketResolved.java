package energy.mwolo.contracts.support;

import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A ticket was resolved by staff ({@code resolvedBy}); {@code withinSla} tells whether its resolution deadline held.
 * Nullable: resolutionDue (no deadline was known), assigneeId.
 */
@ContractPayload
public record TicketResolved(
        UUID ticketId,
        String number,
        UUID clientId,
        String category,
        String priority,
        UUID assigneeId,
        UUID resolvedBy,
        Instant resolutionDue,
        boolean withinSla,
        Instant occurredAt) {

    public static final EventContract<TicketResolved> CONTRACT =
            new EventContract<>("support", "ticket", "TicketResolved", 1, TicketResolved.class);

    public TicketResolved {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(resolvedBy, "resolvedBy");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
