package energy.mwolo.operations.equipment.web;

import energy.mwolo.operations.equipment.application.EquipmentView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A piece of equipment on a customer's site: a meter, a transformer, a breaker and so on. It is never deleted; it is
 * set inactive instead.
 *
 * @param id              the equipment's id
 * @param type            {@code meter}, {@code transformer}, {@code breaker}, {@code inverter}, {@code panel},
 *                        {@code battery} or {@code other}; never changes
 * @param serialNumber    the manufacturer's serial number as written on the device, unique ignoring case
 * @param site            the id of the CRM site (service point) it stands on; never changes
 * @param siteReference   that site's reference ({@code SITE-NNNNNN}); null if crm has not told operations of it
 * @param siteName        that site's name; null if crm has not told operations of it
 * @param status          {@code active}, {@code inactive}, {@code maintenance} or {@code faulty}
 * @param installDate     the day it was put in place (yyyy-MM-dd); null when unknown
 * @param lastMaintenance the day of its last maintenance (yyyy-MM-dd); null when none is recorded
 * @param notes           free remarks; null when none
 * @param createdAt       when it was registered (ISO-8601 UTC)
 * @param updatedAt       when it last changed (ISO-8601 UTC)
 */
record EquipmentResponse(UUID id, String type, String serialNumber, UUID site, String siteReference,
                         String siteName, String status, LocalDate installDate, LocalDate lastMaintenance,
                         String notes, Instant createdAt, Instant updatedAt) {

    static EquipmentResponse from(EquipmentView view) {
        return new EquipmentResponse(view.id(), view.type(), view.serialNumber(), view.site(), view.siteReference(),
                view.siteName(), view.status(), view.installDate(), view.lastMaintenance(), view.notes(),
                view.createdAt(), view.updatedAt());
    }
}
