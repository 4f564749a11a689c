package energy.mwolo.crm.clients.application;

import java.util.UUID;

/** Filters of a client list; null means "any". {@code onlyClient} confines a customer to its own record. */
public record ClientQuery(UUID agency, String status, String email, String search, String ordering,
                          UUID onlyClient, boolean restricted) {
}
