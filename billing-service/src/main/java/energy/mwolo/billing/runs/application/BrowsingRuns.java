package energy.mwolo.billing.runs.application;

import energy.mwolo.billing.access.BillingAccess;
import energy.mwolo.billing.kernel.BillingPeriod;
import energy.mwolo.billing.kernel.Codes;
import energy.mwolo.billing.runs.model.BillingRun;
import energy.mwolo.billing.runs.model.BillingRuns;
import energy.mwolo.billing.runs.model.RunItem;
import energy.mwolo.billing.runs.model.RunNotFound;
import energy.mwolo.platform.security.CurrentUser;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Runs and their progress, while they run and after; staff only. */
@Service
@Transactional(readOnly = true)
public class BrowsingRuns {

    private final BillingRuns runs;

    BrowsingRuns(BillingRuns runs) {
        this.runs = runs;
    }

    public BillingRun show(UUID id, CurrentUser user) {
        BillingAccess.requireStaffRead(user);
        return runs.byId(id).orElseThrow(() -> new RunNotFound(id));
    }

    public long count(String period, CurrentUser user) {
        BillingAccess.requireStaffRead(user);
        return runs.count(parse(period));
    }

    public List<BillingRun> find(String period, long offset, int limit) {
        return runs.find(parse(period), offset, limit);
    }

    public RunItem.Outcome outcome(String outcome) {
        return outcome == null ? null : Codes.parse(RunItem.Outcome.class, outcome, "outcome");
    }

    public long countItems(UUID runId, RunItem.Outcome outcome) {
        return runs.countItems(runId, outcome);
    }

    public List<RunItem> items(UUID runId, RunItem.Outcome outcome, long offset, int limit) {
        return runs.items(runId, outcome, offset, limit);
    }

    private static BillingPeriod parse(String period) {
        return period == null ? null : BillingPeriod.parse(period, "period");
    }
}
