package energy.mwolo.billing.dunning.application;

import energy.mwolo.billing.access.BillingAccess;
import energy.mwolo.billing.invoices.application.MarkingOverdueInvoices;
import energy.mwolo.billing.kernel.BusinessTime;
import energy.mwolo.platform.security.CurrentUser;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * One dunning pass over today (Africa/Kinshasa): invoices past due are marked overdue first (so the steps after the
 * due date see them as such and a final step finds the contract's overdue balance), then the reminders owed are
 * decided, then every reminder due is sent, those of earlier passes waiting for a retry too. Safe to run at any time,
 * twice, or on two instances at once: nothing decided is decided again, nothing delivered is sent again.
 */
@Service
public class DunningPass {

    private static final Logger log = LoggerFactory.getLogger(DunningPass.class);

    private final MarkingOverdueInvoices overdue;
    private final PlanningReminders planning;
    private final DeliveringReminders delivering;
    private final BusinessTime time;

    DunningPass(MarkingOverdueInvoices overdue, PlanningReminders planning, DeliveringReminders delivering,
                BusinessTime time) {
        this.overdue = overdue;
        this.planning = planning;
        this.delivering = delivering;
        this.time = time;
    }

    /** A pass asked for by an accountant or administrator. */
    public PassReport run(CurrentUser user) {
        BillingAccess.requireStaff(user, BillingAccess.UPDATE);
        return run();
    }

    public PassReport run() {
        LocalDate today = time.today();
        int marked = overdue.markOverdueOn(today);
        PassReport report = new PassReport(today, marked, 0, 0, 0, 0, 0, 0, 0)
                .plus(planning.plan(today, time.now()))
                .plus(delivering.deliverDue());
        if (report.remindersDecided() + report.sent() + report.retrying() + report.failed() > 0) {
            log.info("Dunning pass of {}: {}", today, report);
        }
        return report;
    }
}
