package energy.mwolo.operations.equipment.application;

import energy.mwolo.operations.equipment.model.EquipmentStatus;
import energy.mwolo.operations.equipment.model.EquipmentType;
import energy.mwolo.operations.kernel.Codes;
import java.time.LocalDate;
import java.util.UUID;

/** A new piece of equipment as a request describes it; codes are checked by the use case. Active by default. */
public record EquipmentDraft(String type, String serialNumber, UUID site, String status, LocalDate installDate,
                             LocalDate lastMaintenance, String notes) {

    EquipmentType parsedType() {
        return Codes.parse(EquipmentType.class, type, "type");
    }

    EquipmentStatus parsedStatus() {
        return status == null ? EquipmentStatus.ACTIVE : Codes.parse(EquipmentStatus.class, status, "status");
    }
}
