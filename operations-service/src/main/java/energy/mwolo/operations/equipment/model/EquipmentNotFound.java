package energy.mwolo.operations.equipment.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.util.UUID;

public class EquipmentNotFound extends DomainException {

    public EquipmentNotFound(UUID id) {
        super(ErrorKind.NOT_FOUND, "equipment.not_found", null, id);
    }
}
