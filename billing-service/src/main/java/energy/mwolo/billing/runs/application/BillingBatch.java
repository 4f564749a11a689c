package energy.mwolo.billing.runs.application;

import energy.mwolo.billing.consumption.Consumption;
import energy.mwolo.billing.customers.BilledContract;
import energy.mwolo.billing.invoices.application.Issuance;
import energy.mwolo.billing.invoices.application.Pricing;
import energy.mwolo.billing.invoices.application.PricingContracts;
import energy.mwolo.billing.invoices.application.Usage;
import energy.mwolo.billing.invoices.model.Invoice;
import energy.mwolo.billing.invoices.model.Invoices;
import energy.mwolo.billing.kernel.BillingPeriod;
import energy.mwolo.billing.kernel.BusinessTime;
import energy.mwolo.billing.runs.model.BatchOutcome;
import energy.mwolo.billing.runs.model.BillingRun;
import energy.mwolo.billing.runs.model.BillingRuns;
import energy.mwolo.billing.runs.model.RunItem;
import energy.mwolo.platform.errors.DomainException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bills one batch of contracts in one transaction: skips those already invoiced for the month, prices the others,
 * issues their invoices (numbers taken together), stores them with their events and the run's progress. Either all
 * of it commits or none: a crash leaves the batch to the next run, and the unique (contract, month) index makes sure
 * nothing is billed twice even if two workers met on the same contracts.
 */
@Component
class BillingBatch {

    private final Invoices invoices;
    private final MonthlyUsage usage;
    private final PricingContracts pricing;
    private final Issuance issuance;
    private final BillingRuns runs;
    private final BusinessTime time;

    BillingBatch(Invoices invoices, MonthlyUsage usage, PricingContracts pricing, Issuance issuance,
                 BillingRuns runs, BusinessTime time) {
        this.invoices = invoices;
        this.usage = usage;
        this.pricing = pricing;
        this.issuance = issuance;
        this.runs = runs;
        this.time = time;
    }

    @Transactional
    public BatchOutcome bill(UUID runId, List<BilledContract> contracts) {
        BillingRun run = runs.byId(runId).orElseThrow();
        BillingPeriod period = run.period();
        Set<UUID> invoiced = invoices.invoicedAmong(contracts.stream().map(BilledContract::id).toList(), period);
        List<BilledContract> toBill = contracts.stream().filter(contract -> !invoiced.contains(contract.id()))
                .toList();
        Map<UUID, Consumption> recorded = usage.recorded(toBill.stream().filter(BilledContract::isMetered)
                .map(BilledContract::id).toList(), period);
        Pricing prices = pricing.on(run.issueDay());
        Instant now = time.now();
        List<Invoice> drafts = new ArrayList<>();
        List<RunItem> items = new ArrayList<>();
        for (BilledContract contract : toBill) {
            Usage used = contract.isMetered() ? usage.of(contract, period, recorded.get(contract.id())) : null;
            if (contract.isMetered() && used == null) {
                items.add(new RunItem(contract.id(), contract.number(), RunItem.Outcome.WAITING,
                        "billing.consumption.missing", List.of(contract.number(), period.toString())));
                continue;
            }
            try {
                drafts.add(prices.draft(contract, period, used, runId, now));
            } catch (DomainException refused) {
                items.add(new RunItem(contract.id(), contract.number(), RunItem.Outcome.FAILED, refused.code(),
                        Arrays.stream(refused.args()).map(String::valueOf).toList()));
            }
        }
        issuance.issueAndStore(drafts, run.issueDay(), now);
        BatchOutcome outcome = new BatchOutcome(drafts.size(), invoiced.size(), items);
        runs.addItems(runId, items);
        run.record(outcome, now);
        runs.update(run);
        return outcome;
    }
}
