package energy.mwolo.support.tickets.model;

import java.util.Objects;
import java.util.UUID;

/**
 * What a ticket is about, fixed at opening. Nullable: site, agency (the client's, unknown while crm has not filed
 * it), invoice (a billing dispute), meter (an outage or meter problem).
 */
public record TicketFacts(UUID client, UUID site, UUID agency, Category category, String subject,
                          String description, UUID invoice, UUID meter) {

    public TicketFacts {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(description, "description");
    }
}
