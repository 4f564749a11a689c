package energy.mwolo.operations.commands.application;

import energy.mwolo.contracts.operations.MeterAlarmRaised;
import energy.mwolo.operations.commands.model.CommandId;
import energy.mwolo.operations.meters.model.Meter;
import energy.mwolo.operations.meters.model.Meters;
import energy.mwolo.operations.meters.model.RelayChange;
import energy.mwolo.operations.meters.model.RelayPosition;
import energy.mwolo.operations.meters.model.RelayState;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Where a meter says its relay is (an acknowledgement, a relay event, a reading), through the meter's relay machine,
 * announced as MeterDisconnected / MeterReconnected when the state settles. A meter reporting its relay closed while
 * operations holds it disconnected with no reconnection asked is a bypass or a tampered relay: an alarm, and the
 * state follows the report (the supply is on, whatever we wish).
 */
@Component
public class RelayReports {

    private final Meters meters;
    private final RelayEvents events;

    RelayReports(Meters meters, RelayEvents events) {
        this.meters = meters;
        this.events = events;
    }

    /** @param source a MeterDisconnected source code: command_acknowledged, meter_event, reading, technician */
    public void reported(Meter meter, RelayPosition position, Instant at, String source, CommandId command) {
        boolean tampered = position == RelayPosition.CLOSED && meter.relayState() == RelayState.DISCONNECTED;
        RelayChange change = meter.relayReported(position, at);
        if (!change.changed()) {
            return;
        }
        meters.update(meter);
        if (tampered) {
            events.alarm(meter, MeterAlarmRaised.RELAY_CLOSED_WHILE_DISCONNECTED,
                    source + " of " + at + " reports the relay closed after a disconnection", at);
        }
        if (change.to() == RelayState.DISCONNECTED || change.to() == RelayState.CONNECTED) {
            events.relayMoved(meter, change.to() == RelayState.DISCONNECTED, source, command, at);
        }
    }
}
