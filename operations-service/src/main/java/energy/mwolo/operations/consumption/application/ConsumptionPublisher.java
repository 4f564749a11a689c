package energy.mwolo.operations.consumption.application;

import energy.mwolo.operations.consumption.model.BillingPeriod;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Announces a contract's figure for a period (first or corrected) to billing, in the caller's transaction. */
public interface ConsumptionPublisher {

    void recorded(UUID contract, UUID site, BillingPeriod period, ConsumptionStore.Figure figure, Instant at);

    /** {@link #recorded} for many figures of one period, in their order, as one write. */
    void recordedAll(BillingPeriod period, List<ConsumptionStore.Recorded> figures, Instant at);
}
