package energy.mwolo.contracts.support;

import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A client's ticket was opened, by the client or by staff on its behalf ({@code openedBy}, an account id).
 * Nullable: siteId, agencyId (the client's agency, unknown while crm has not announced it), invoiceId, meterId,
 * firstResponseDue and resolutionDue (no deadline while the agency's calendar is unknown).
 */
@ContractPayload
public record TicketOpened(
        UUID ticketId,
        String number,
        UUID clientId,
        UUID siteId,
        UUID agencyId,
        String category,
        String priority,
        String subject,
        UUID invoiceId,
        UUID meterId,
        UUID openedBy,
        Instant firstResponseDue,
        Instant resolutionDue,
        Instant occurredAt) {

    public static final EventContract<TicketOpened> CONTRACT =
            new EventContract<>("support", "ticket", "TicketOpened", 1, TicketOpened.class);

    public TicketOpened {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(openedBy, "openedBy");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
