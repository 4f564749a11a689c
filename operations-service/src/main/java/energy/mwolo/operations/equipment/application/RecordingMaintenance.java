package energy.mwolo.operations.equipment.application;

import energy.mwolo.operations.equipment.model.Equipment;
import energy.mwolo.operations.equipment.model.EquipmentId;
import energy.mwolo.operations.equipment.model.EquipmentNotFound;
import energy.mwolo.operations.equipment.model.Equipments;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a piece of equipment's last maintenance to the day work was done on it, inside the caller's transaction
 * (an intervention's completion): both commit or neither does.
 */
@Service
public class RecordingMaintenance {

    private final Equipments equipments;

    RecordingMaintenance(Equipments equipments) {
        this.equipments = equipments;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void maintainedOn(UUID id, LocalDate day) {
        Equipment equipment = equipments.byId(new EquipmentId(id)).orElseThrow(() -> new EquipmentNotFound(id));
        if (equipment.maintainedOn(day)) {
            equipments.update(equipment);
        }
    }
}
