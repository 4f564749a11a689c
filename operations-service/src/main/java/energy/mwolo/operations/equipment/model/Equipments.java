package energy.mwolo.operations.equipment.model;

import java.util.Optional;

/** All equipment, active or not. */
public interface Equipments {

    /** Locks the equipment until the transaction ends, so concurrent changes to it apply one after the other. */
    Optional<Equipment> byId(EquipmentId id);

    boolean serialNumberTaken(SerialNumber serialNumber);

    /** @throws DuplicateSerialNumber when a concurrent registration took the serial number first */
    void add(Equipment equipment);

    void update(Equipment equipment);
}
