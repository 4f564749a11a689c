package energy.mwolo.operations.commands.application;

import energy.mwolo.operations.commands.model.CommandAction;
import energy.mwolo.operations.commands.model.CommandId;
import energy.mwolo.operations.commands.model.CommandState;
import energy.mwolo.operations.commands.model.RelayCommand;
import energy.mwolo.operations.commands.model.RelayCommands;
import energy.mwolo.operations.meters.model.Meter;
import energy.mwolo.operations.meters.model.MeterId;
import energy.mwolo.operations.meters.model.MeterNumber;
import energy.mwolo.operations.meters.model.Meters;
import energy.mwolo.operations.meters.model.RelayPosition;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What meters report on {@code iot.meter-events}, a poll at a time in one transaction. Each message is handled once
 * (its id kept in the log with what was made of it): acknowledgements settle their command and the relay, relay
 * events move the relay, alarms are announced. An acknowledgement for a command unknown here, or of a meter
 * unknown here, is logged and changes nothing; an "executed" for a command given up meanwhile (cancelled,
 * expired) still moves the relay, since it says where the relay is.
 */
@Service
public class HandlingMeterEvents {

    private final MeterEventLog log;
    private final Meters meters;
    private final RelayCommands commands;
    private final RelayReports reports;
    private final FailingCommands failing;
    private final RelayEvents events;

    HandlingMeterEvents(MeterEventLog log, Meters meters, RelayCommands commands, RelayReports reports,
                        FailingCommands failing, RelayEvents events) {
        this.log = log;
        this.meters = meters;
        this.commands = commands;
        this.reports = reports;
        this.failing = failing;
        this.events = events;
    }

    @Transactional
    public void handle(List<DeviceEvent> batch) {
        Instant now = Instant.now();
        for (DeviceEvent event : batch) {
            if (!log.firstTime(event, now)) {
                continue;
            }
            log.outcome(event, apply(event, now));
        }
    }

    private String apply(DeviceEvent event, Instant now) {
        Optional<MeterId> id = meters.byNumber(new MeterNumber(event.meterNumber()));
        if (id.isEmpty()) {
            return "unknown_meter";
        }
        Meter meter = meters.byId(id.get()).orElseThrow();
        return switch (event.type()) {
            case "command_acknowledged" -> acknowledged(meter, event, now);
            case "relay_opened" -> moved(meter, RelayPosition.OPEN, event);
            case "relay_closed" -> moved(meter, RelayPosition.CLOSED, event);
            default -> {
                events.alarm(meter, event.type(), event.detail(), event.occurredAt());
                yield "alarm";
            }
        };
    }

    private String acknowledged(Meter meter, DeviceEvent event, Instant now) {
        Optional<RelayCommand> found = commands.byId(new CommandId(event.commandId()));
        if (found.isEmpty() || !found.get().meter().equals(meter.id())) {
            return "unknown_command";
        }
        RelayCommand command = found.get();
        if (!event.outcome().equals("executed")) {
            if (!command.state().isOpen()) {
                return "late_" + event.outcome();
            }
            failing.fail(command, event.outcome().equals("refused")
                    ? RelayCommand.Failure.REFUSED : RelayCommand.Failure.FAILED, now);
            return event.outcome();
        }
        boolean wasFinal = command.state() == CommandState.EXECUTED;
        command.executed(event.occurredAt());
        commands.update(command);
        RelayPosition position = event.relayState() != null
                ? ("disconnected".equals(event.relayState()) ? RelayPosition.OPEN : RelayPosition.CLOSED)
                : (command.action() == CommandAction.DISCONNECT ? RelayPosition.OPEN : RelayPosition.CLOSED);
        reports.reported(meter, position, event.occurredAt(), "command_acknowledged", command.id());
        return wasFinal ? "executed_again" : "executed";
    }

    private String moved(Meter meter, RelayPosition position, DeviceEvent event) {
        reports.reported(meter, position, event.occurredAt(), "meter_event", null);
        return "relay";
    }
}
