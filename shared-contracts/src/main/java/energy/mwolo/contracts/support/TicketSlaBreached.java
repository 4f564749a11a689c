package energy.mwolo.contracts.support;

import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A ticket's first-response or resolution deadline passed unmet; published once per ticket and target.
 * Nullable: agencyId, assigneeId.
 */
@ContractPayload
public record TicketSlaBreached(
        UUID ticketId,
        String number,
        UUID clientId,
        UUID agencyId,
        UUID assigneeId,
        String priority,
        String target,
        Instant dueAt,
        Instant occurredAt) {

    public static final EventContract<TicketSlaBreached> CONTRACT =
            new EventContract<>("support", "ticket", "TicketSlaBreached", 1, TicketSlaBreached.class);

    public static final Set<String> TARGETS = Set.of("first_response", "resolution");

    public TicketSlaBreached {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(priority, "priority");
        if (target == null || !TARGETS.contains(target)) {
            throw new IllegalArgumentException("target must be one of " + TARGETS + ", was " + target);
        }
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
