package energy.mwolo.crm.interactions;

import java.util.UUID;

/**
 * Filters of a timeline. {@code restricted}: a customer's list, confined to {@code onlyClient} (nothing when null),
 * to what the customer may see, and never filtered by author (staff ids stay hidden from customers).
 */
record InteractionQuery(UUID client, String type, UUID author, UUID onlyClient, boolean restricted) {
}
