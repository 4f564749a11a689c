package energy.mwolo.operations.commands.application;

import energy.mwolo.operations.commands.model.RelayCommand;

/** Puts a command on {@code iot.meter-commands}; returns once the broker has it, throws if it could not. */
public interface CommandSender {

    void send(RelayCommand command);
}
