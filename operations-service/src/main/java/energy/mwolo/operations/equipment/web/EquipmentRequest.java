package energy.mwolo.operations.equipment.web;

import energy.mwolo.operations.equipment.application.EquipmentChanges;
import energy.mwolo.operations.equipment.application.EquipmentDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A piece of equipment to register on a customer's site (POST) or to change (PATCH). Type, serial number and site are
 * taken at registration only: a PATCH naming them changes nothing of them. In a PATCH a field left out keeps its
 * value. Dates are days in Africa/Kinshasa.
 *
 * @param type            {@code meter}, {@code transformer}, {@code breaker}, {@code inverter}, {@code panel},
 *                        {@code battery} or {@code other}; required at registration
 * @param serialNumber    the manufacturer's serial number as written on the device: printable ASCII without spaces,
 *                        80 characters at most, unique across all equipment ignoring case; required at registration
 * @param site            the id of the CRM site (service point) it stands on, which must be active; required at
 *                        registration
 * @param status          {@code active}, {@code inactive}, {@code maintenance} or {@code faulty}, any following any;
 *                        {@code active} when left out at registration
 * @param installDate     the day it was put in place (yyyy-MM-dd), if known
 * @param lastMaintenance the day of its last maintenance (yyyy-MM-dd): not before {@code install_date}, not after
 *                        today; a completed intervention on it moves it forward
 * @param notes           free remarks, 1000 characters at most; an empty string clears them
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
