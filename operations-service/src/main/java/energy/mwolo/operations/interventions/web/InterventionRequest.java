package energy.mwolo.operations.interventions.web;

import energy.mwolo.operations.interventions.application.InterventionChanges;
import energy.mwolo.operations.interventions.application.InterventionDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An intervention as clients send it. Type, site and equipment are taken when it is scheduled only: a PATCH naming
 * them changes nothing of them.
 *
 * @param technician the assigned technician's user id (an OPERATIONS account)
 */
record InterventionRequest(
        @NotBlank(groups = Complete.class) String type,
        @NotNull(groups = Complete.class) UUID site,
        UUID equipment,
        @NotBlank(groups = Complete.class) @Size(max = 2000) String description,
        @NotNull(groups = Complete.class) LocalDate scheduledDate,
        UUID technician) {

    InterventionDraft draft() {
        return new InterventionDraft(type, site, equipment, description, scheduledDate, technician);
    }

    InterventionChanges changes() {
        return new InterventionChanges(description, scheduledDate, technician);
    }
}
