package energy.mwolo.operations.equipment.application;

import energy.mwolo.operations.equipment.model.Equipment;
import energy.mwolo.operations.equipment.model.EquipmentId;
import energy.mwolo.operations.equipment.model.Equipments;
import energy.mwolo.operations.kernel.Codes;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Equipment as other features see it (meters stand on one, interventions work on one). It locks the equipment for
 * the caller's transaction, so its site cannot be read while someone else changes it.
 */
@Service
public class FindingEquipment {

    private final Equipments equipments;

    FindingEquipment(Equipments equipments) {
        this.equipments = equipments;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<EquipmentSummary> find(UUID id) {
        return equipments.byId(new EquipmentId(id)).map(FindingEquipment::summary);
    }

    private static EquipmentSummary summary(Equipment equipment) {
        return new EquipmentSummary(equipment.id().value(), Codes.of(equipment.type()),
                equipment.serialNumber().value(), equipment.site().value(), Codes.of(equipment.details().status()),
                equipment.details().installDate());
    }
}
