package energy.mwolo.operations.interventions.application;

import energy.mwolo.operations.equipment.application.RecordingMaintenance;
import energy.mwolo.operations.interventions.model.Intervention;
import energy.mwolo.operations.interventions.model.InterventionId;
import energy.mwolo.operations.interventions.model.InterventionNotFound;
import energy.mwolo.operations.interventions.model.Interventions;
import energy.mwolo.operations.kernel.BusinessTime;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves an intervention along planned -> in_progress -> completed | cancelled (see {@link InterventionRules} for
 * who may). A completion dates its equipment's last maintenance (the day it ended, Africa/Kinshasa) in the same
 * transaction, and announces itself with InterventionCompleted.
 */
@Service
public class ProgressingIntervention {

    private final Interventions interventions;
    private final RecordingMaintenance maintenance;
    private final InterventionEventPublisher events;

    ProgressingIntervention(Interventions interventions, RecordingMaintenance maintenance,
                            InterventionEventPublisher events) {
        this.interventions = interventions;
        this.maintenance = maintenance;
        this.events = events;
    }

    @Transactional
    public void start(InterventionId id, CurrentUser user) {
        Intervention intervention = changeable(id, user);
        intervention.start(Instant.now());
        interventions.update(intervention);
    }

    /** @param completedAt when the work ended; now when absent */
    @Transactional
    public void complete(InterventionId id, String report, Instant completedAt, CurrentUser user) {
        Intervention intervention = changeable(id, user);
        Instant now = Instant.now();
        Instant end = completedAt == null ? now : completedAt;
        intervention.complete(report, end, now);
        interventions.update(intervention);
        if (intervention.equipment() != null) {
            maintenance.maintainedOn(intervention.equipment(), BusinessTime.dayOf(end));
        }
        events.publishRecordedEvents(intervention);
    }

    @Transactional
    public void cancel(InterventionId id, String reason, CurrentUser user) {
        Intervention intervention = changeable(id, user);
        intervention.cancel(reason, Instant.now());
        interventions.update(intervention);
    }

    private Intervention changeable(InterventionId id, CurrentUser user) {
        Intervention intervention = interventions.byId(id).orElseThrow(() -> new InterventionNotFound(id.value()));
        InterventionRules.requireMayChange(intervention, user);
        return intervention;
    }
}
