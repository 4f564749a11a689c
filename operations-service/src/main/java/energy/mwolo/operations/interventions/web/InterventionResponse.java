package energy.mwolo.operations.interventions.web;

import energy.mwolo.operations.interventions.application.InterventionView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

record InterventionResponse(UUID id, String type, UUID site, String siteReference, String siteName, UUID equipment,
                            String equipmentSerialNumber, String description, LocalDate scheduledDate,
                            UUID technician, String status, Instant startedAt, Instant completedAt, String report,
                            Instant cancelledAt, String cancellationReason, Instant createdAt, Instant updatedAt) {

    static InterventionResponse from(InterventionView view) {
        return new InterventionResponse(view.id(), view.type(), view.site(), view.siteReference(), view.siteName(),
                view.equipment(), view.equipmentSerialNumber(), view.description(), view.scheduledDate(),
                view.technician(), view.status(), view.startedAt(), view.completedAt(), view.report(),
                view.cancelledAt(), view.cancellationReason(), view.createdAt(), view.updatedAt());
    }
}
