package energy.mwolo.operations.equipment.application;

import energy.mwolo.operations.access.OperationsAccess;
import energy.mwolo.operations.equipment.model.Equipment;
import energy.mwolo.operations.equipment.model.EquipmentId;
import energy.mwolo.operations.equipment.model.EquipmentNotFound;
import energy.mwolo.operations.equipment.model.Equipments;
import energy.mwolo.operations.kernel.BusinessTime;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes a piece of equipment's status, dates or notes. */
@Service
public class RevisingEquipment {

    private final Equipments equipments;

    RevisingEquipment(Equipments equipments) {
        this.equipments = equipments;
    }

    @Transactional
    public void revise(EquipmentId id, EquipmentChanges changes, CurrentUser user) {
        OperationsAccess.requireWrite(user, OperationsAccess.UPDATE);
        Equipment equipment = equipments.byId(id).orElseThrow(() -> new EquipmentNotFound(id.value()));
        equipment.revise(changes.over(equipment.details()), BusinessTime.dayOf(Instant.now()));
        equipments.update(equipment);
    }
}
