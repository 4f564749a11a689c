package energy.mwolo.operations.equipment.model;

import energy.mwolo.operations.kernel.InvalidField;
import energy.mwolo.operations.kernel.Text;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What people may change on a piece of equipment. Dates are business days (Africa/Kinshasa).
 *
 * @param installDate     when it was put in place, if known
 * @param lastMaintenance never before the install date, never after today
 */
public record EquipmentDetails(EquipmentStatus status, LocalDate installDate, LocalDate lastMaintenance,
                               String notes) {

    public static final int NOTES_MAX_LENGTH = 1000;

    public EquipmentDetails {
        Objects.requireNonNull(status, "status");
        notes = Text.optional(notes, "notes", NOTES_MAX_LENGTH);
        if (installDate != null && lastMaintenance != null && lastMaintenance.isBefore(installDate)) {
            throw new InvalidField("last_maintenance", "equipment.maintenance_before_install", installDate);
        }
    }

    /** Refuses a maintenance dated after {@code today}. */
    EquipmentDetails checkedOn(LocalDate today) {
        if (lastMaintenance != null && lastMaintenance.isAfter(today)) {
            throw new InvalidField("last_maintenance", "equipment.maintenance_in_future", today);
        }
        return this;
    }

    EquipmentDetails withLastMaintenance(LocalDate day) {
        return new EquipmentDetails(status, installDate, day, notes);
    }
}
