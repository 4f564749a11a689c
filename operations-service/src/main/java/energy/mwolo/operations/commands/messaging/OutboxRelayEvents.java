package energy.mwolo.operations.commands.messaging;

import energy.mwolo.contracts.operations.CommandFailed;
import energy.mwolo.contracts.operations.MeterAlarmRaised;
import energy.mwolo.contracts.operations.MeterDisconnectRequested;
import energy.mwolo.contracts.operations.MeterDisconnected;
import energy.mwolo.contracts.operations.MeterReconnectRequested;
import energy.mwolo.contracts.operations.MeterReconnected;
import energy.mwolo.operations.commands.application.RelayEvents;
import energy.mwolo.operations.commands.model.CommandAction;
import energy.mwolo.operations.commands.model.CommandId;
import energy.mwolo.operations.commands.model.CommandState;
import energy.mwolo.operations.commands.model.RelayCommand;
import energy.mwolo.operations.kernel.Codes;
import energy.mwolo.operations.meters.model.Meter;
import energy.mwolo.platform.metrics.OnCommit;
import energy.mwolo.platform.outbox.Outbox;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Keyed by the meter's id like the meter's other events, so a meter's story stays in order. Alarms are also counted
 * in {@value #ALARMS} by kind (registered at zero), which the meter-tamper alert reads.
 */
@Component
class OutboxRelayEvents implements RelayEvents {

    static final String ALARMS = "operations.meter.alarms";

    private final Outbox outbox;
    private final MeterRegistry meters;

    OutboxRelayEvents(Outbox outbox, MeterRegistry meters) {
        this.outbox = outbox;
        this.meters = meters;
        MeterAlarmRaised.ALARMS.forEach(this::alarms);
    }

    @Override
    public void requested(Meter meter, RelayCommand command) {
        UUID commandId = command.state() == CommandState.FIELD_WORK ? null : command.id().value();
        if (command.action() == CommandAction.DISCONNECT) {
            outbox.publish(MeterDisconnectRequested.CONTRACT, key(meter), new MeterDisconnectRequested(
                    meter.id().value(), meter.number().value(), meter.site().value(), contract(meter),
                    command.orderId(), commandId, command.interventionId(), command.reason(), command.issuedAt()));
        } else {
            outbox.publish(MeterReconnectRequested.CONTRACT, key(meter), new MeterReconnectRequested(
                    meter.id().value(), meter.number().value(), meter.site().value(), contract(meter),
                    command.orderId(), commandId, command.interventionId(), command.reason(), command.issuedAt()));
        }
    }

    @Override
    public void relayMoved(Meter meter, boolean open, String source, CommandId command, Instant at) {
        UUID commandId = command == null ? null : command.value();
        if (open) {
            outbox.publish(MeterDisconnected.CONTRACT, key(meter), new MeterDisconnected(meter.id().value(),
                    meter.number().value(), meter.site().value(), contract(meter), commandId, source, at));
        } else {
            outbox.publish(MeterReconnected.CONTRACT, key(meter), new MeterReconnected(meter.id().value(),
                    meter.number().value(), meter.site().value(), contract(meter), commandId, source, at));
        }
    }

    @Override
    public void failed(Meter meter, RelayCommand command) {
        outbox.publish(CommandFailed.CONTRACT, key(meter), new CommandFailed(meter.id().value(),
                meter.number().value(), meter.site().value(), contract(meter), command.id().value(),
                command.orderId(), Codes.of(command.action()), Codes.of(command.failure()), command.attempts(),
                command.interventionId(), command.finishedAt()));
    }

    @Override
    public void alarm(Meter meter, String alarm, String detail, Instant at) {
        outbox.publish(MeterAlarmRaised.CONTRACT, key(meter), new MeterAlarmRaised(meter.id().value(),
                meter.number().value(), meter.site().value(), contract(meter), alarm, detail, at));
        OnCommit.increment(alarms(alarm));
    }

    private Counter alarms(String alarm) {
        return Counter.builder(ALARMS).description("Alarms raised on meters, by kind").tag("alarm", alarm)
                .register(meters);
    }

    private static String key(Meter meter) {
        return meter.id().value().toString();
    }

    private static UUID contract(Meter meter) {
        return meter.currentLink().map(link -> link.contract().value()).orElse(null);
    }
}
