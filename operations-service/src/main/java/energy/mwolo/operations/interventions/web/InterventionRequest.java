package energy.mwolo.operations.interventions.web;

import energy.mwolo.operations.interventions.application.InterventionChanges;
import energy.mwolo.operations.interventions.application.InterventionDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An intervention to schedule (POST) or to replan (PATCH). Type, site and equipment are taken when it is scheduled
 * only: a PATCH naming them changes nothing of them. In a PATCH a field left out keeps its value; description and
 * date change only while the intervention is planned, the technician until it is completed or cancelled.
 *
 * @param type          {@code installation}, {@code maintenance}, {@code repair}, {@code inspection},
 *                      {@code disconnection} or {@code reconnection}; required when scheduling
 * @param site          the id of the CRM site (service point) where the work is done, closed or not; required when
 *                      scheduling
 * @param equipment     the id of the piece of equipment of that site the work is on; left out for work on the site
 *                      as a whole
 * @param description   what is to be done, 2000 characters at most; required when scheduling
 * @param scheduledDate the day the work is planned for (yyyy-MM-dd, Africa/Kinshasa), not in the past; required when
 *                      scheduling
 * @param technician    the assigned technician's user id (an OPERATIONS account); left out when scheduling, the
 *                      intervention waits unassigned for a supervisor to give it out; a PATCH cannot unassign it
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
