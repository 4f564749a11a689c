package energy.mwolo.operations.interventions.application;

import java.time.LocalDate;
import java.util.UUID;

/** A new intervention as a request describes it. */
public record InterventionDraft(String type, UUID site, UUID equipment, String description, LocalDate scheduledDate,
                                UUID technician) {
}
