package energy.mwolo.operations.interventions.application;

import energy.mwolo.operations.interventions.model.InterventionStatus;
import energy.mwolo.operations.interventions.model.InterventionType;
import energy.mwolo.operations.kernel.Ordering;
import java.time.LocalDate;
import java.util.UUID;

/** Which interventions a list shows. Null filters mean "any"; the dates bound the scheduled day, both included. */
public record InterventionQuery(InterventionType type, InterventionStatus status, UUID site, UUID equipment,
                                UUID technician, LocalDate scheduledFrom, LocalDate scheduledTo, Ordering ordering) {
}
