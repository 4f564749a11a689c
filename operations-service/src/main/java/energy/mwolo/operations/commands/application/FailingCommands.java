package energy.mwolo.operations.commands.application;

import energy.mwolo.operations.commands.model.RelayCommand;
import energy.mwolo.operations.commands.model.RelayCommands;
import energy.mwolo.operations.meters.model.Meter;
import energy.mwolo.operations.meters.model.Meters;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** A command that will not be executed by the meter: CommandFailed, and a technician carries the order out. */
@Component
class FailingCommands {

    private final Meters meters;
    private final RelayCommands commands;
    private final FieldWork fieldWork;
    private final RelayEvents events;

    FailingCommands(Meters meters, RelayCommands commands, FieldWork fieldWork, RelayEvents events) {
        this.meters = meters;
        this.commands = commands;
        this.fieldWork = fieldWork;
        this.events = events;
    }

    void fail(RelayCommand command, RelayCommand.Failure why, Instant now) {
        Meter meter = meters.byId(command.meter()).orElseThrow();
        command.failed(why, now);
        command.handedToField(fieldWork.plan(meter, command.action(),
                command.reason() + " (commande " + command.id() + " : " + why.name().toLowerCase() + ")", now));
        commands.update(command);
        events.failed(meter, command);
    }
}
