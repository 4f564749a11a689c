package energy.mwolo.contracts.support;

import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A ticket moved from one status to another (a reopening goes from resolved or closed back to in_progress).
 * Nullable: changedBy (null when the system moved it, e.g. closing resolved tickets).
 */
@ContractPayload
public record TicketStatusChanged(
        UUID ticketId,
        String number,
        UUID clientId,
        String fromStatus,
        String toStatus,
        UUID changedBy,
        Instant occurredAt) {

    public static final EventContract<TicketStatusChanged> CONTRACT =
            new EventContract<>("support", "ticket", "TicketStatusChanged", 1, TicketStatusChanged.class);

    public static final Set<String> STATUSES =
            Set.of("open", "in_progress", "waiting_customer", "resolved", "closed");

    public TicketStatusChanged {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(clientId, "clientId");
        if (!STATUSES.contains(fromStatus) || !STATUSES.contains(toStatus) || fromStatus.equals(toStatus)) {
            throw new IllegalArgumentException("a change between two statuses of " + STATUSES + ", was "
                    + fromStatus + " -> " + toStatus);
        }
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
