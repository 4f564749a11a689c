package energy.mwolo.billing.runs.application;

import energy.mwolo.billing.access.BillingAccess;
import energy.mwolo.billing.customers.Customers;
import energy.mwolo.billing.kernel.BillingPeriod;
import energy.mwolo.billing.kernel.BusinessTime;
import energy.mwolo.billing.runs.model.BillingRun;
import energy.mwolo.billing.runs.model.BillingRuns;
import energy.mwolo.billing.runs.model.RunAlreadyRunning;
import energy.mwolo.billing.runs.model.RunTrigger;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts a run of a month, by an accountant or the schedule; it works in the background once started. One run of a
 * month at a time: starts of the same month queue on a lock, and a start that finds a run of the month still
 * beating gets 409 (naming it). A running run without heartbeat for {@code stale-after} lost its worker (the
 * instance went down): it is interrupted and the new one bills what it left. Re-running a completed month bills only
 * the contracts without invoice for it (new contracts, those waiting for consumption, those that failed).
 */
@Service
public class StartingRun {

    private final BillingRuns runs;
    private final Customers customers;
    private final RunLauncher launcher;
    private final RunSettings settings;
    private final BusinessTime time;

    StartingRun(BillingRuns runs, Customers customers, RunLauncher launcher, RunSettings settings, BusinessTime time) {
        this.runs = runs;
        this.customers = customers;
        this.launcher = launcher;
        this.settings = settings;
        this.time = time;
    }

    @Transactional
    public BillingRun start(String period, CurrentUser user) {
        BillingAccess.requireStaff(user, BillingAccess.CREATE);
        return begin(BillingPeriod.parse(period, "period"), RunTrigger.MANUAL, user.actor());
    }

    @Transactional
    public BillingRun startScheduled(BillingPeriod period) {
        return begin(period, RunTrigger.SCHEDULE, "system");
    }

    private BillingRun begin(BillingPeriod period, RunTrigger trigger, String actor) {
        runs.lockPeriod(period);
        Instant now = time.now();
        Optional<BillingRun> running = runs.runningFor(period);
        if (running.isPresent()) {
            BillingRun previous = running.get();
            if (!previous.isStale(now, settings.staleAfter())) {
                throw new RunAlreadyRunning(period.toString(), previous.id());
            }
            previous.interrupt(now);
            runs.update(previous);
        }
        BillingRun run = BillingRun.start(period, trigger, actor, (int) customers.countBillableIn(period),
                time.today(), now);
        runs.add(run);
        launcher.launchAfterCommit(run.id());
        return run;
    }
}
