package energy.mwolo.support.tickets.application;

import energy.mwolo.support.tickets.model.Category;
import energy.mwolo.support.tickets.model.Priority;
import energy.mwolo.support.tickets.model.TicketStatus;
import java.util.Set;
import java.util.UUID;

/**
 * Filters of the ticket list, with the caller's scope applied ({@link BrowsingTickets#scoped}). Nullable: every
 * filter; {@code categories} empty means any.
 */
public record TicketQuery(TicketStatus status, Category category, Priority priority, UUID client, UUID agency,
                          UUID assignee, String search, Set<Category> categories, Ordering ordering) {

    /** Sort orders: by severity (most severe first, then oldest), or by opening time. */
    public enum Ordering {
        PRIORITY, OLDEST, NEWEST
    }
}
