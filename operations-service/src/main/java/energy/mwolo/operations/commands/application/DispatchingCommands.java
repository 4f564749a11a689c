package energy.mwolo.operations.commands.application;

import energy.mwolo.operations.commands.model.RelayCommand;
import energy.mwolo.operations.commands.model.RelayCommands;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends the commands that are due: first sends and those unacknowledged past their back-off, the same command id
 * each time (a meter executes an id once). A command past its expiry fails (CommandFailed) and becomes field work.
 * Claimed rows are locked and skipped by other replicas. A send is confirmed by the broker before the row records
 * it; a crash between the two sends it again, which the meter's idempotency absorbs. A broker that does not answer
 * leaves the command due, for the next pass.
 */
@Service
public class DispatchingCommands {

    private static final Logger log = LoggerFactory.getLogger(DispatchingCommands.class);

    private final RelayCommands commands;
    private final CommandSender sender;
    private final FailingCommands failing;
    private final CommandSettings settings;

    DispatchingCommands(RelayCommands commands, CommandSender sender, FailingCommands failing,
                        CommandSettings settings) {
        this.commands = commands;
        this.sender = sender;
        this.failing = failing;
        this.settings = settings;
    }

    /** @return how many commands were sent */
    @Transactional
    public int dispatch() {
        Instant now = Instant.now();
        int sent = 0;
        for (RelayCommand command : commands.claimDue(now, settings.dispatchBatch())) {
            if (command.hasExpired(now)) {
                failing.fail(command, RelayCommand.Failure.EXPIRED, now);
                continue;
            }
            try {
                sender.send(command);
            } catch (RuntimeException e) {
                log.warn("Command {} to meter {} not sent, tried again on the next pass: {}", command.id(),
                        command.meterNumber().value(), e.toString());
                break;
            }
            command.sent(now, settings.timing());
            commands.update(command);
            sent++;
        }
        return sent;
    }
}
