package energy.mwolo.operations.equipment.model;

import java.util.Objects;
import java.util.UUID;

public record EquipmentId(UUID value) {

    public EquipmentId {
        Objects.requireNonNull(value, "value");
    }

    public static EquipmentId newId() {
        return new EquipmentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
