package energy.mwolo.operations.customers;

import java.util.UUID;

/**
 * A contract of crm-service, as its last event described it. crm publishes contracts from their activation on, so a
 * draft is unknown here.
 *
 * @param type   {@code monthly_flat_fee}, {@code metered} or {@code prepaid}
 * @param status {@code active}, {@code suspended} or {@code terminated}
 */
public record SupplyContract(UUID id, String number, UUID client, UUID site, String type, String status,
                             boolean siteProtected) {

    public static final String TERMINATED = "terminated";

    public boolean terminated() {
        return TERMINATED.equals(status);
    }
}
