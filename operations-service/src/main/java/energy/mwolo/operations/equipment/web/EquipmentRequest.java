package energy.mwolo.operations.equipment.web;

import energy.mwolo.operations.equipment.application.EquipmentChanges;
import energy.mwolo.operations.equipment.application.EquipmentDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Equipment as clients send it. Type, serial number and site are taken at registration only: a PATCH naming them
 * changes nothing of them.
 */
record EquipmentRequest(
        @NotBlank(groups = Complete.class) String type,
        @NotBlank(groups = Complete.class) @Size(max = 80) String serialNumber,
        @NotNull(groups = Complete.class) UUID site,
        String status,
        LocalDate installDate,
        LocalDate lastMaintenance,
        @Size(max = 1000) String notes) {

    EquipmentDraft draft() {
        return new EquipmentDraft(type, serialNumber, site, status, installDate, lastMaintenance, notes);
    }

    EquipmentChanges changes() {
        return new EquipmentChanges(status, installDate, lastMaintenance, notes);
    }
}
