package energy.mwolo.billing.runs.application;

import energy.mwolo.billing.customers.BilledContract;
import energy.mwolo.billing.customers.Customers;
import energy.mwolo.billing.kernel.BusinessTime;
import energy.mwolo.billing.runs.model.BatchOutcome;
import energy.mwolo.billing.runs.model.BillingRun;
import energy.mwolo.billing.runs.model.BillingRuns;
import energy.mwolo.billing.runs.model.RunItem;
import energy.mwolo.billing.runs.model.RunStatus;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works through a run: reads the month's billable contracts page by page in id order (no cursor held open across
 * transactions), bills each page in {@link BillingBatch}es of {@code batch-size}. A batch that fails as a whole (a
 * contract invoiced by hand meanwhile, a bug on one contract) is retried contract by contract, so one contract cannot
 * hold back the others; what still fails is listed with its reason. The run stops when it is no longer running
 * (interrupted).
 */
@Component
class RunWorker {

    private static final Logger log = LoggerFactory.getLogger(RunWorker.class);
    /**
     * Contracts read per page, in batches: PostgreSQL often reads a page by scanning and sorting the billable
     * contracts rather than walking the key (random ids, fresh statistics), so each read costs the whole table; ten
     * batches per read make that a tenth of the run's reads while the page stays small in memory.
     */
    private static final int BATCHES_PER_PAGE = 10;

    private final Customers customers;
    private final BillingBatch batch;
    private final BillingRuns runs;
    private final RunSettings settings;
    private final BusinessTime time;
    private final TransactionTemplate transactions;

    RunWorker(Customers customers, BillingBatch batch, BillingRuns runs, RunSettings settings, BusinessTime time,
              TransactionTemplate transactions) {
        this.customers = customers;
        this.batch = batch;
        this.runs = runs;
        this.settings = settings;
        this.time = time;
        this.transactions = transactions;
    }

    void work(UUID runId) {
        BillingRun run = runs.byId(runId).orElseThrow();
        log.info("Billing run {} of {} started: {} contract(s) to look at", runId, run.period(), run.total());
        try {
            int pageSize = settings.batchSize() * BATCHES_PER_PAGE;
            UUID cursor = null;
            boolean more = true;
            while (more && stillRunning(runId)) {
                List<BilledContract> page = customers.billableIn(run.period(), cursor, pageSize);
                for (int from = 0; from < page.size() && stillRunning(runId); from += settings.batchSize()) {
                    billWithFallback(runId, page.subList(from, Math.min(from + settings.batchSize(), page.size())));
                }
                more = page.size() == pageSize;
                cursor = page.isEmpty() ? cursor : page.get(page.size() - 1).id();
            }
            end(runId, false);
        } catch (RuntimeException e) {
            log.error("Billing run {} stopped", runId, e);
            end(runId, true);
        }
    }

    private void billWithFallback(UUID runId, List<BilledContract> page) {
        try {
            batch.bill(runId, page);
        } catch (RuntimeException failure) {
            if (!stillRunning(runId)) {
                return;
            }
            log.warn("Batch of billing run {} failed as a whole ({}); billing its contracts one by one", runId,
                    failure.toString());
            for (BilledContract contract : page) {
                try {
                    batch.bill(runId, List.of(contract));
                } catch (RuntimeException alone) {
                    log.error("Billing run {} could not bill contract {}", runId, contract.number(), alone);
                    recordFailure(runId, contract, alone);
                }
            }
        }
    }

    private void recordFailure(UUID runId, BilledContract contract, RuntimeException failure) {
        RunItem item = new RunItem(contract.id(), contract.number(), RunItem.Outcome.FAILED,
                "billing.run.unexpected", List.of(contract.number(), failure.getClass().getSimpleName()));
        transactions.executeWithoutResult(status -> {
            BillingRun run = runs.byId(runId).orElseThrow();
            runs.addItems(runId, List.of(item));
            run.record(new BatchOutcome(0, 0, List.of(item)), time.now());
            runs.update(run);
        });
    }

    private boolean stillRunning(UUID runId) {
        return runs.statusOf(runId).map(status -> status == RunStatus.RUNNING).orElse(false);
    }

    private void end(UUID runId, boolean failed) {
        transactions.executeWithoutResult(status -> {
            BillingRun run = runs.byId(runId).orElseThrow();
            if (run.status() != RunStatus.RUNNING) {
                return;
            }
            if (failed) {
                run.fail(time.now());
            } else {
                run.complete(time.now());
            }
            runs.update(run);
            log.info("Billing run {} of {} {}: {} invoiced, {} already invoiced, {} failed, {} waiting", runId,
                    run.period(), run.status(), run.invoiced(), run.skipped(), run.failed(), run.waiting());
        });
    }
}
