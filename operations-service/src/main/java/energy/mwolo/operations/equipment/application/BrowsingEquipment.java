package energy.mwolo.operations.equipment.application;

import energy.mwolo.operations.access.OperationsAccess;
import energy.mwolo.operations.equipment.model.EquipmentNotFound;
import energy.mwolo.operations.equipment.model.EquipmentStatus;
import energy.mwolo.operations.equipment.model.EquipmentType;
import energy.mwolo.operations.kernel.Codes;
import energy.mwolo.operations.kernel.Ordering;
import energy.mwolo.platform.security.CurrentUser;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists and shows equipment to staff; customers see their meters through the meters' API only. */
@Service
@Transactional(readOnly = true)
public class BrowsingEquipment {

    /** API names of the orderings a list accepts. */
    public static final Set<String> ORDERINGS = Set.of("serial_number", "install_date", "last_maintenance",
            "created_at");

    private final EquipmentDirectory directory;

    BrowsingEquipment(EquipmentDirectory directory) {
        this.directory = directory;
    }

    public EquipmentQuery query(String type, String status, UUID site, String search, String ordering,
                                CurrentUser user) {
        OperationsAccess.requireStaffRead(user);
        return new EquipmentQuery(Codes.parseOrNull(EquipmentType.class, type, "type"),
                Codes.parseOrNull(EquipmentStatus.class, status, "status"), site,
                search == null || search.isBlank() ? null : search.strip(),
                Ordering.parse(ordering, ORDERINGS, Ordering.by("serial_number", false)));
    }

    public long count(EquipmentQuery query) {
        return directory.count(query);
    }

    public List<EquipmentView> find(EquipmentQuery query, long offset, int limit) {
        return directory.find(query, offset, limit);
    }

    public EquipmentView show(UUID id, CurrentUser user) {
        OperationsAccess.requireStaffRead(user);
        return directory.byId(id).orElseThrow(() -> new EquipmentNotFound(id));
    }
}
