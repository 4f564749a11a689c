package energy.mwolo.operations.meters.messaging;

import energy.mwolo.contracts.operations.MeterInstalled;
import energy.mwolo.contracts.operations.MeterLinked;
import energy.mwolo.contracts.operations.MeterUnlinked;
import energy.mwolo.operations.equipment.application.EquipmentSummary;
import energy.mwolo.operations.equipment.application.FindingEquipment;
import energy.mwolo.operations.kernel.Codes;
import energy.mwolo.operations.meters.application.MeterEventPublisher;
import energy.mwolo.operations.meters.model.Meter;
import energy.mwolo.operations.meters.model.MeterEvent;
import energy.mwolo.operations.meters.model.MeterId;
import energy.mwolo.operations.meters.model.MeterLink;
import energy.mwolo.platform.outbox.Outbox;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Every event of a meter is keyed by the meter's id, so one meter's events stay in order. The two halves of a swap
 * are two meters, hence two keys: a consumer may see the replacement's MeterLinked before the old meter's
 * MeterUnlinked, and tells the swap by {@code replaces_meter_id} / {@code replaced_by_meter_id}.
 */
@Component
class OutboxMeterEvents implements MeterEventPublisher {

    private final Outbox outbox;
    private final FindingEquipment equipment;

    OutboxMeterEvents(Outbox outbox, FindingEquipment equipment) {
        this.outbox = outbox;
        this.equipment = equipment;
    }

    @Override
    public void publishRecordedEvents(Meter meter) {
        String key = meter.id().value().toString();
        for (MeterEvent event : meter.pullEvents()) {
            if (event instanceof MeterEvent.Installed installed) {
                outbox.publish(MeterInstalled.CONTRACT, key, installed(meter, installed));
            } else if (event instanceof MeterEvent.Linked linked) {
                outbox.publish(MeterLinked.CONTRACT, key, linked(meter, linked));
            } else if (event instanceof MeterEvent.Unlinked unlinked) {
                outbox.publish(MeterUnlinked.CONTRACT, key, unlinked(meter, unlinked));
            }
        }
    }

    private MeterInstalled installed(Meter meter, MeterEvent.Installed event) {
        EquipmentSummary on = equipment.find(meter.equipment().id()).orElseThrow();
        return new MeterInstalled(meter.id().value(), meter.number().value(), on.id(), on.serialNumber(),
                meter.site().value(), Codes.of(meter.kind()), meter.hasRemoteRelay(), Codes.of(meter.relayState()),
                on.installDate(), event.occurredAt());
    }

    private static MeterLinked linked(Meter meter, MeterEvent.Linked event) {
        MeterLink link = event.link();
        return new MeterLinked(meter.id().value(), meter.number().value(), link.id().value(),
                link.contract().value(), meter.site().value(), link.opening().kwh(), link.linkedAt(),
                id(link.replacesMeter()), event.occurredAt());
    }

    private static MeterUnlinked unlinked(Meter meter, MeterEvent.Unlinked event) {
        MeterLink link = event.link();
        return new MeterUnlinked(meter.id().value(), meter.number().value(), link.id().value(),
                link.contract().value(), meter.site().value(), link.opening().kwh(), link.linkedAt(),
                link.closing().kwh(), link.unlinkedAt(), id(link.replacedByMeter()), event.occurredAt());
    }

    private static UUID id(MeterId meter) {
        return meter == null ? null : meter.value();
    }
}
