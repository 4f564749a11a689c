package energy.mwolo.operations.equipment.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The read side of equipment. */
public interface EquipmentDirectory {

    Optional<EquipmentView> byId(UUID id);

    long count(EquipmentQuery query);

    List<EquipmentView> find(EquipmentQuery query, long offset, int limit);
}
