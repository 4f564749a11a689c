package energy.mwolo.operations.equipment.application;

import java.time.LocalDate;
import java.util.UUID;

/** What other features need to know of a piece of equipment: where it stands and what it is. */
public record EquipmentSummary(UUID id, String type, String serialNumber, UUID site, String status,
                               LocalDate installDate) {

    public static final String METER = "meter";

    public boolean isMeter() {
        return METER.equals(type);
    }
}
