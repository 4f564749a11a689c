package energy.mwolo.operations.equipment.application;

import energy.mwolo.operations.equipment.model.EquipmentDetails;
import energy.mwolo.operations.equipment.model.EquipmentStatus;
import energy.mwolo.operations.kernel.Codes;
import java.time.LocalDate;

/**
 * A partial change: a null field keeps the current value; empty notes clear them. Type, serial number and site are
 * not among them: they never change.
 */
public record EquipmentChanges(String status, LocalDate installDate, LocalDate lastMaintenance, String notes) {

    EquipmentDetails over(EquipmentDetails current) {
        EquipmentStatus newStatus = status == null ? current.status()
                : Codes.parse(EquipmentStatus.class, status, "status");
        return new EquipmentDetails(newStatus, installDate == null ? current.installDate() : installDate,
                lastMaintenance == null ? current.lastMaintenance() : lastMaintenance,
                notes == null ? current.notes() : notes);
    }
}
