package energy.mwolo.operations.meters.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.util.UUID;

/** A piece of equipment is one meter: a second meter on it is a 409. */
public class EquipmentAlreadyMetered extends DomainException {

    public EquipmentAlreadyMetered(UUID equipment) {
        super(ErrorKind.CONFLICT, "meters.equipment.taken", "equipment", equipment);
    }
}
