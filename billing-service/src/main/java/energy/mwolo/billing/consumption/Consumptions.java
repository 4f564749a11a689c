package energy.mwolo.billing.consumption;

import energy.mwolo.billing.kernel.BillingPeriod;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Consumption per contract and month, one figure each. */
public interface Consumptions {

    Optional<Consumption> of(UUID contractId, BillingPeriod period);

    /** The figures of {@code period} for those contracts, by contract id (absent: none yet). */
    Map<UUID, Consumption> of(Collection<UUID> contractIds, BillingPeriod period);

    /** Up to {@code count} figures of the contract before {@code period}, latest first: the basis of an estimate. */
    List<Consumption> before(UUID contractId, BillingPeriod period, int count);

    long count(UUID contractId, BillingPeriod period);

    /** Newest month first; filters may be null. */
    List<Consumption> find(UUID contractId, BillingPeriod period, long offset, int limit);
}
