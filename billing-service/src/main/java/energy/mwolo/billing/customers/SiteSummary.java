package energy.mwolo.billing.customers;

import java.util.UUID;

/**
 * A service point as billing names it on documents: its reference, name and postal address as crm last described
 * them. {@code address} is null when crm gave none, or when the site was last heard of before billing kept it.
 */
public record SiteSummary(UUID id, String reference, String name, String address) {
}
