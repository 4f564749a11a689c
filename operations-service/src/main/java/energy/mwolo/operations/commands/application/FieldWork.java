package energy.mwolo.operations.commands.application;

import energy.mwolo.operations.commands.model.CommandAction;
import energy.mwolo.operations.interventions.application.InterventionEventPublisher;
import energy.mwolo.operations.interventions.model.Intervention;
import energy.mwolo.operations.interventions.model.InterventionPlan;
import energy.mwolo.operations.interventions.model.InterventionType;
import energy.mwolo.operations.interventions.model.Interventions;
import energy.mwolo.operations.kernel.BusinessTime;
import energy.mwolo.operations.meters.model.Meter;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A disconnection or reconnection a technician must carry out, planned for today on the meter's equipment and left
 * unassigned for the agency's supervisor to give out (InterventionScheduled tells them).
 */
@Component
class FieldWork {

    private static final int DESCRIPTION_ROOM = InterventionPlan.DESCRIPTION_MAX_LENGTH - 100;

    private final Interventions interventions;
    private final InterventionEventPublisher events;

    FieldWork(Interventions interventions, InterventionEventPublisher events) {
        this.interventions = interventions;
        this.events = events;
    }

    UUID plan(Meter meter, CommandAction action, String why, Instant now) {
        InterventionType type = action == CommandAction.DISCONNECT
                ? InterventionType.DISCONNECTION : InterventionType.RECONNECTION;
        String description = (action == CommandAction.DISCONNECT ? "Couper" : "Rétablir") + " le compteur "
                + meter.number().value() + " : " + (why.length() > DESCRIPTION_ROOM ? why.substring(0, DESCRIPTION_ROOM) : why);
        Intervention intervention = Intervention.schedule(type, meter.site(), meter.equipment().id(),
                new InterventionPlan(description, BusinessTime.dayOf(now), null), BusinessTime.dayOf(now), now);
        interventions.add(intervention);
        events.publishRecordedEvents(intervention);
        return intervention.id().value();
    }
}
