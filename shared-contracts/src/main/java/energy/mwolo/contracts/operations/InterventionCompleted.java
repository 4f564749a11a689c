package energy.mwolo.contracts.operations;

import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A field intervention was carried out, with the technician's report.
 * Nullable: equipmentId, technicianId, startedAt.
 */
@ContractPayload
public record InterventionCompleted(
        UUID interventionId,
        String type,
        UUID siteId,
        UUID equipmentId,
        UUID technicianId,
        String report,
        Instant startedAt,
        Instant completedAt,
        Instant occurredAt) {

    public static final EventContract<InterventionCompleted> CONTRACT =
            new EventContract<>("operations", "intervention", "InterventionCompleted", 1,
                    InterventionCompleted.class);

    public InterventionCompleted {
        Objects.requireNonNull(interventionId, "interventionId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(completedAt, "completedAt");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
