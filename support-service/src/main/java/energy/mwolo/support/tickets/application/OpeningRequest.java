package energy.mwolo.support.tickets.application;

import energy.mwolo.support.tickets.model.Category;
import energy.mwolo.support.tickets.model.Priority;
import java.util.UUID;

/**
 * A ticket to open. Nullable: client (a client's own token names it; staff must), site, priority (normal), invoice,
 * meter.
 */
public record OpeningRequest(UUID client, UUID site, Category category, Priority priority, String subject,
                             String description, UUID invoice, UUID meter) {
}
