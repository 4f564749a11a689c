package energy.mwolo.operations.equipment.application;

import energy.mwolo.operations.equipment.model.EquipmentStatus;
import energy.mwolo.operations.equipment.model.EquipmentType;
import energy.mwolo.operations.kernel.Ordering;
import java.util.UUID;

/**
 * Which equipment a list shows. Null filters mean "any".
 *
 * @param search text to find, ignoring case, in serial numbers and notes
 */
public record EquipmentQuery(EquipmentType type, EquipmentStatus status, UUID site, String search,
                             Ordering ordering) {
}
