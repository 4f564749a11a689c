package energy.mwolo.operations.equipment.web;

import energy.mwolo.operations.equipment.application.EquipmentView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

record EquipmentResponse(UUID id, String type, String serialNumber, UUID site, String siteReference,
                         String siteName, String status, LocalDate installDate, LocalDate lastMaintenance,
                         String notes, Instant createdAt, Instant updatedAt) {

    static EquipmentResponse from(EquipmentView view) {
        return new EquipmentResponse(view.id(), view.type(), view.serialNumber(), view.site(), view.siteReference(),
                view.siteName(), view.status(), view.installDate(), view.lastMaintenance(), view.notes(),
                view.createdAt(), view.updatedAt());
    }
}
