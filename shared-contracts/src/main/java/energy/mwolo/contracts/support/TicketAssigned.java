package energy.mwolo.contracts.support;

import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A ticket was given to an agent, or to an agency's support team (at least one of the two is set); a reassignment
 * names the previous holder.
 * {@code automatic} is true when the round robin chose. Nullable: assigneeId (a team without agent), teamAgencyId,
 * previousAssigneeId, previousTeamAgencyId, assignedBy (null when automatic).
 */
@ContractPayload
public record TicketAssigned(
        UUID ticketId,
        String number,
        UUID clientId,
        UUID assigneeId,
        UUID teamAgencyId,
        UUID previousAssigneeId,
        UUID previousTeamAgencyId,
        boolean automatic,
        UUID assignedBy,
        Instant occurredAt) {

    public static final EventContract<TicketAssigned> CONTRACT =
            new EventContract<>("support", "ticket", "TicketAssigned", 1, TicketAssigned.class);

    public TicketAssigned {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
