package energy.mwolo.operations.interventions.application;

import energy.mwolo.operations.interventions.model.Intervention;
import energy.mwolo.operations.interventions.model.InterventionId;
import energy.mwolo.operations.interventions.model.InterventionNotFound;
import energy.mwolo.operations.interventions.model.Interventions;
import energy.mwolo.operations.kernel.BusinessTime;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes what is to be done, when, or by whom (see {@link InterventionRules} for who may). */
@Service
public class ReplanningIntervention {

    private final Interventions interventions;

    ReplanningIntervention(Interventions interventions) {
        this.interventions = interventions;
    }

    @Transactional
    public void replan(InterventionId id, InterventionChanges changes, CurrentUser user) {
        Intervention intervention = interventions.byId(id).orElseThrow(() -> new InterventionNotFound(id.value()));
        InterventionRules.requireMayChange(intervention, user);
        intervention.replan(changes.over(intervention.plan()), BusinessTime.dayOf(Instant.now()));
        interventions.update(intervention);
    }
}
