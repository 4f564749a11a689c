package energy.mwolo.operations.interventions.messaging;

import energy.mwolo.contracts.operations.InterventionCompleted;
import energy.mwolo.contracts.operations.InterventionScheduled;
import energy.mwolo.operations.interventions.application.InterventionEventPublisher;
import energy.mwolo.operations.interventions.model.Intervention;
import energy.mwolo.operations.interventions.model.InterventionEvent;
import energy.mwolo.operations.interventions.model.InterventionPlan;
import energy.mwolo.operations.kernel.Codes;
import energy.mwolo.platform.outbox.Outbox;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Keyed by the intervention's id: one intervention's events stay in order. */
@Component
class OutboxInterventionEvents implements InterventionEventPublisher {

    private final Outbox outbox;

    OutboxInterventionEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publishRecordedEvents(Intervention intervention) {
        String key = intervention.id().value().toString();
        for (InterventionEvent event : intervention.pullEvents()) {
            if (event instanceof InterventionEvent.Scheduled scheduled) {
                outbox.publish(InterventionScheduled.CONTRACT, key, scheduled(intervention, scheduled));
            } else if (event instanceof InterventionEvent.Completed completed) {
                outbox.publish(InterventionCompleted.CONTRACT, key, completed(intervention, completed));
            }
        }
    }

    private static InterventionScheduled scheduled(Intervention intervention, InterventionEvent.Scheduled event) {
        InterventionPlan plan = intervention.plan();
        return new InterventionScheduled(intervention.id().value(), Codes.of(intervention.type()),
                intervention.site().value(), intervention.equipment(), plan.description(), plan.scheduledDate(),
                technician(plan), event.occurredAt());
    }

    private static InterventionCompleted completed(Intervention intervention, InterventionEvent.Completed event) {
        Intervention.Progress progress = intervention.progress();
        return new InterventionCompleted(intervention.id().value(), Codes.of(intervention.type()),
                intervention.site().value(), intervention.equipment(), technician(intervention.plan()),
                progress.report(), progress.startedAt(), progress.completedAt(), event.occurredAt());
    }

    private static UUID technician(InterventionPlan plan) {
        return plan.technician() == null ? null : plan.technician().value();
    }
}
