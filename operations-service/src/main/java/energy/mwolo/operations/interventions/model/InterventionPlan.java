package energy.mwolo.operations.interventions.model;

import energy.mwolo.operations.kernel.Text;
import energy.mwolo.operations.kernel.UserId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What may change while an intervention is planned: what to do, on which day (Africa/Kinshasa), by whom.
 *
 * @param technician the assigned technician's user id, or null while unassigned
 */
public record InterventionPlan(String description, LocalDate scheduledDate, UserId technician) {

    public static final int DESCRIPTION_MAX_LENGTH = 2000;

    public InterventionPlan {
        description = Text.required(description, "description", DESCRIPTION_MAX_LENGTH);
        Objects.requireNonNull(scheduledDate, "scheduledDate");
    }
}
