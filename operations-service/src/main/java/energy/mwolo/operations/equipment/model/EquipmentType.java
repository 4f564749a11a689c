package energy.mwolo.operations.equipment.model;

public enum EquipmentType {
    METER, TRANSFORMER, BREAKER, INVERTER, PANEL, BATTERY, OTHER
}
