package energy.mwolo.operations.interventions.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An intervention as lists and details show it, with its site's reference and its equipment's serial number. */
public record InterventionView(UUID id, String type, UUID site, String siteReference, String siteName,
                               UUID equipment, String equipmentSerialNumber, String description,
                               LocalDate scheduledDate, UUID technician, String status, Instant startedAt,
                               Instant completedAt, String report, Instant cancelledAt, String cancellationReason,
                               Instant createdAt, Instant updatedAt) {
}
