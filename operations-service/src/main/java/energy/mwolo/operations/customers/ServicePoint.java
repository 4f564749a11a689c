package energy.mwolo.operations.customers;

import java.util.UUID;

/**
 * A site of crm-service.
 *
 * @param agency      the agency of the site's client (crm files sites under their client), null until a client event
 *                    named it
 * @param protectedSite never cut automatically (hospital, school, water pumping)
 */
public record ServicePoint(UUID id, String reference, UUID client, UUID agency, String name, String address,
                           String usage, boolean protectedSite, boolean active) {
}
