package energy.mwolo.operations.equipment.model;

/** Any status may follow any other: the field reports what it finds. */
public enum EquipmentStatus {
    ACTIVE, INACTIVE, MAINTENANCE, FAULTY
}
