package energy.mwolo.operations.interventions.application;

import energy.mwolo.operations.interventions.model.InterventionPlan;
import energy.mwolo.operations.kernel.UserId;
import java.time.LocalDate;
import java.util.UUID;

/** A partial change of the plan: a null field keeps the current value. */
public record InterventionChanges(String description, LocalDate scheduledDate, UUID technician) {

    InterventionPlan over(InterventionPlan current) {
        return new InterventionPlan(description == null ? current.description() : description,
                scheduledDate == null ? current.scheduledDate() : scheduledDate,
                technician == null ? current.technician() : new UserId(technician));
    }
}
