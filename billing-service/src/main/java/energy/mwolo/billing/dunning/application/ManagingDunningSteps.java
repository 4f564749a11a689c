package energy.mwolo.billing.dunning.application;

import energy.mwolo.billing.access.BillingAccess;
import energy.mwolo.billing.dunning.model.DunningSchedule;
import energy.mwolo.billing.dunning.model.DunningStep;
import energy.mwolo.billing.dunning.model.DunningSteps;
import energy.mwolo.platform.security.CurrentUser;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The schedule of reminders, read and replaced as a whole by accountants and administrators. A new schedule applies
 * from the next pass; reminders already decided stay as they were.
 */
@Service
public class ManagingDunningSteps {

    private final DunningSteps steps;

    ManagingDunningSteps(DunningSteps steps) {
        this.steps = steps;
    }

    @Transactional(readOnly = true)
    public DunningSchedule current(CurrentUser user) {
        BillingAccess.requireStaff(user, BillingAccess.UPDATE);
        return steps.current();
    }

    @Transactional
    public DunningSchedule replace(List<DunningStep> newSteps, CurrentUser user) {
        BillingAccess.requireStaff(user, BillingAccess.UPDATE);
        DunningSchedule schedule = new DunningSchedule(newSteps);
        steps.replace(schedule);
        return schedule;
    }
}
