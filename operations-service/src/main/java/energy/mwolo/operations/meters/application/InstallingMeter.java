package energy.mwolo.operations.meters.application;

import energy.mwolo.operations.access.OperationsAccess;
import energy.mwolo.operations.equipment.application.EquipmentSummary;
import energy.mwolo.operations.equipment.application.FindingEquipment;
import energy.mwolo.operations.kernel.Codes;
import energy.mwolo.operations.kernel.InvalidField;
import energy.mwolo.operations.kernel.SiteId;
import energy.mwolo.operations.meters.model.DuplicateMeterNumber;
import energy.mwolo.operations.meters.model.EquipmentAlreadyMetered;
import energy.mwolo.operations.meters.model.Meter;
import energy.mwolo.operations.meters.model.MeterEquipment;
import energy.mwolo.operations.meters.model.MeterId;
import energy.mwolo.operations.meters.model.MeterKind;
import energy.mwolo.operations.meters.model.MeterNumber;
import energy.mwolo.operations.meters.model.Meters;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a meter into service on registered equipment of type meter and announces it with MeterInstalled. Numbers
 * are unique and a piece of equipment is one meter; concurrent installations meet the unique indexes and get the
 * same 409 as sequential ones.
 */
@Service
public class InstallingMeter {

    private final Meters meters;
    private final FindingEquipment equipment;
    private final MeterEventPublisher events;

    InstallingMeter(Meters meters, FindingEquipment equipment, MeterEventPublisher events) {
        this.meters = meters;
        this.equipment = equipment;
        this.events = events;
    }

    @Transactional
    public MeterId install(MeterDraft draft, CurrentUser user) {
        OperationsAccess.requireWrite(user, OperationsAccess.CREATE);
        MeterNumber number = new MeterNumber(draft.number());
        MeterKind kind = Codes.parse(MeterKind.class, draft.kind(), "kind");
        if (draft.remoteRelay() == null) {
            throw InvalidField.required("remote_relay");
        }
        MeterEquipment on = meterEquipment(draft);
        if (meters.numberTaken(number)) {
            throw new DuplicateMeterNumber(number);
        }
        if (meters.equipmentTaken(on.id())) {
            throw new EquipmentAlreadyMetered(on.id());
        }
        Meter meter = Meter.install(number, on, kind, draft.remoteRelay(), Instant.now());
        meters.add(meter);
        events.publishRecordedEvents(meter);
        return meter.id();
    }

    private MeterEquipment meterEquipment(MeterDraft draft) {
        if (draft.equipment() == null) {
            throw InvalidField.required("equipment");
        }
        EquipmentSummary found = equipment.find(draft.equipment())
                .orElseThrow(() -> new InvalidField("equipment", "meters.equipment.unknown", draft.equipment()));
        return MeterEquipment.of(found.id(), found.isMeter(), new SiteId(found.site()));
    }
}
