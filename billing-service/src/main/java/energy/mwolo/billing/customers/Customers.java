package energy.mwolo.billing.customers;

import energy.mwolo.billing.kernel.BillingPeriod;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Queries on the read model of crm's clients, sites and contracts. */
public interface Customers {

    Optional<BilledContract> contract(UUID contractId);

    Optional<ClientSummary> client(UUID clientId);

    Optional<SiteSummary> site(UUID siteId);

    /** Whether the site is protected (hospital, school, water pumping): never cut automatically. */
    boolean siteProtected(UUID siteId);

    /**
     * Up to {@code limit} contracts a run of {@code period} may bill ({@link BilledContract#billableIn}), ids above
     * {@code after} (null: from the start) in id order: a run reads them in pages without holding a cursor open.
     */
    List<BilledContract> billableIn(BillingPeriod period, UUID after, int limit);

    /** How many contracts {@link #billableIn} would return in all. */
    long countBillableIn(BillingPeriod period);
}
