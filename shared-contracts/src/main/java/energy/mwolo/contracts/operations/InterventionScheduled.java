package energy.mwolo.contracts.operations;

import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A field intervention was planned on a site, for a day (Africa/Kinshasa).
 * Nullable: equipmentId, technicianId (a user id of identity-service; unassigned until someone is named).
 */
@ContractPayload
public record InterventionScheduled(
        UUID interventionId,
        String type,
        UUID siteId,
        UUID equipmentId,
        String description,
        LocalDate scheduledDate,
        UUID technicianId,
        Instant occurredAt) {

    public static final EventContract<InterventionScheduled> CONTRACT =
            new EventContract<>("operations", "intervention", "InterventionScheduled", 1,
                    InterventionScheduled.class);

    public InterventionScheduled {
        Objects.requireNonNull(interventionId, "interventionId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(scheduledDate, "scheduledDate");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
