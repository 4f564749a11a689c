package energy.mwolo.operations.equipment.application;

import energy.mwolo.operations.access.OperationsAccess;
import energy.mwolo.operations.customers.Customers;
import energy.mwolo.operations.customers.ServicePoint;
import energy.mwolo.operations.equipment.model.DuplicateSerialNumber;
import energy.mwolo.operations.equipment.model.Equipment;
import energy.mwolo.operations.equipment.model.EquipmentDetails;
import energy.mwolo.operations.equipment.model.EquipmentId;
import energy.mwolo.operations.equipment.model.Equipments;
import energy.mwolo.operations.equipment.model.SerialNumber;
import energy.mwolo.operations.kernel.BusinessTime;
import energy.mwolo.operations.kernel.InvalidField;
import energy.mwolo.operations.kernel.SiteId;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers equipment on a site crm announced and that is still active. Serial numbers are unique ignoring case;
 * of two concurrent registrations of one serial number, the unique index lets one through and the other gets the
 * same 409 as a sequential duplicate.
 */
@Service
public class RegisteringEquipment {

    private final Equipments equipments;
    private final Customers customers;

    RegisteringEquipment(Equipments equipments, Customers customers) {
        this.equipments = equipments;
        this.customers = customers;
    }

    @Transactional
    public EquipmentId register(EquipmentDraft draft, CurrentUser user) {
        OperationsAccess.requireWrite(user, OperationsAccess.CREATE);
        SerialNumber serial = new SerialNumber(draft.serialNumber());
        Equipment equipment = Equipment.register(draft.parsedType(), serial, activeSite(draft),
                new EquipmentDetails(draft.parsedStatus(), draft.installDate(),
                        draft.lastMaintenance(), draft.notes()),
                BusinessTime.dayOf(Instant.now()));
        if (equipments.serialNumberTaken(serial)) {
            throw new DuplicateSerialNumber(serial);
        }
        equipments.add(equipment);
        return equipment.id();
    }

    private SiteId activeSite(EquipmentDraft draft) {
        if (draft.site() == null) {
            throw InvalidField.required("site");
        }
        SiteId site = new SiteId(draft.site());
        ServicePoint known = customers.site(site)
                .orElseThrow(() -> new InvalidField("site", "equipment.site_unknown", draft.site()));
        if (!known.active()) {
            throw new InvalidField("site", "equipment.site_inactive", known.reference());
        }
        return site;
    }
}
