package energy.mwolo.operations.consumption.application;

import energy.mwolo.operations.consumption.model.BillingPeriod;
import energy.mwolo.operations.consumption.model.LinkSpan;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What consumption is computed from, and the figures as last published. */
public interface ConsumptionStore {

    /** Contracts a link measured during some of the period. */
    List<UUID> contractsMeteredIn(BillingPeriod period);

    /** The contract's site and client, when crm announced the contract. */
    Optional<ContractRef> contract(UUID contract);

    List<LinkSpan> links(UUID contract);

    /** Locks the contract's figure for the period until the transaction ends. */
    Optional<Figure> published(UUID contract, BillingPeriod period);

    /** The contract's figure for the period as last published, without locking it. */
    Optional<Figure> publishedFigure(UUID contract, BillingPeriod period);

    void save(UUID contract, BillingPeriod period, UUID site, Figure figure, Instant now);

    /** {@link #contract} for many contracts, by contract; unknown ones are absent. */
    Map<UUID, ContractRef> contracts(Collection<UUID> contracts);

    /** {@link #links} for many contracts, by contract; contracts without links are absent. */
    Map<UUID, List<LinkSpan>> links(Collection<UUID> contracts);

    /**
     * {@link #published} for many contracts, by contract, locked in the contracts' order so that two jobs locking
     * overlapping batches wait for each other instead of deadlocking.
     */
    Map<UUID, Figure> published(Collection<UUID> contracts, BillingPeriod period);

    /** {@link #save} for many figures of one period, in one statement. */
    void saveAll(BillingPeriod period, List<Recorded> figures, Instant now);

    /** A contract's figure for a period as recorded now, to store and publish. */
    record Recorded(UUID contract, UUID site, Figure figure) {
    }

    /**
     * Takes the periods late readings marked, as contracts whose figure for the period was published already
     * (others get theirs when the period closes).
     */
    List<ContractPeriod> takeMarked(int limit);

    record ContractRef(UUID id, UUID site, UUID client) {
    }

    record ContractPeriod(UUID contract, BillingPeriod period) {
    }

    /** Nullable: registerStartKwh, registerEndKwh. */
    record Figure(UUID meterId, String meterNumber, BigDecimal kwh, boolean estimated, BigDecimal registerStartKwh,
                  BigDecimal registerEndKwh, int revision) {
    }
}
