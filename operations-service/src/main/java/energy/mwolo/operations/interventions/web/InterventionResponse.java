package energy.mwolo.operations.interventions.web;

import energy.mwolo.operations.interventions.application.InterventionView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Work to do on a customer's site, on one of its pieces of equipment or on the site as a whole, and how far it went:
 * planned, then in progress, then completed or cancelled.
 *
 * @param id                    the intervention's id
 * @param type                  {@code installation}, {@code maintenance}, {@code repair}, {@code inspection},
 *                              {@code disconnection} or {@code reconnection}
 * @param site                  the id of the CRM site (service point) where the work is done
 * @param siteReference         that site's reference ({@code SITE-NNNNNN}); null if crm has not told operations of it
 * @param siteName              that site's name; null if crm has not told operations of it
 * @param equipment             the id of the piece of equipment worked on; null for work on the site as a whole
 * @param equipmentSerialNumber that equipment's serial number; null when {@code equipment} is
 * @param description           what is to be done
 * @param scheduledDate         the day the work is planned for (yyyy-MM-dd, Africa/Kinshasa)
 * @param technician            the assigned technician's user id; null while unassigned
 * @param status                {@code planned}, {@code in_progress}, {@code completed} or {@code cancelled}; the last
 *                              two are final
 * @param startedAt             when the work started (ISO-8601 UTC); null until it starts, or if cancelled before
 * @param completedAt           when the work ended (ISO-8601 UTC); null unless completed
 * @param report                the technician's report of what was done and found; null unless completed
 * @param cancelledAt           when it was cancelled (ISO-8601 UTC); null unless cancelled
 * @param cancellationReason    why it was cancelled; null unless cancelled with a reason
 * @param createdAt             when it was scheduled (ISO-8601 UTC)
 * @param updatedAt             when it last changed (ISO-8601 UTC)
 */
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
