package energy.mwolo.billing.runs.model;

import energy.mwolo.billing.kernel.BillingPeriod;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** All billing runs and the contracts they did not bill. At most one running run per month (a unique index). */
public interface BillingRuns {

    /**
     * Waits for, then holds until the transaction ends, the right to start a run of {@code period}: starts of the
     * same month happen one after the other, so the second sees the first.
     */
    void lockPeriod(BillingPeriod period);

    Optional<BillingRun> runningFor(BillingPeriod period);

    void add(BillingRun run);

    Optional<BillingRun> byId(UUID id);

    void update(BillingRun run);

    /** A run's status alone, read in one statement: what a worker checks before each batch. */
    Optional<RunStatus> statusOf(UUID id);

    void addItems(UUID runId, List<RunItem> items);

    long countItems(UUID runId, RunItem.Outcome outcome);

    /** In the order they were recorded; {@code outcome} null for both. */
    List<RunItem> items(UUID runId, RunItem.Outcome outcome, long offset, int limit);

    long count(BillingPeriod period);

    /** Newest first; {@code period} null for every month. */
    List<BillingRun> find(BillingPeriod period, long offset, int limit);
}
