package energy.mwolo.operations.commands.application;

import energy.mwolo.operations.access.OperationsAccess;
import energy.mwolo.operations.commands.model.RelayCommand;
import energy.mwolo.operations.commands.model.RelayCommands;
import energy.mwolo.operations.meters.model.MeterId;
import energy.mwolo.operations.meters.model.MeterNotFound;
import energy.mwolo.operations.meters.model.Meters;
import energy.mwolo.platform.security.CurrentUser;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A meter's commands, newest first: staff only (a customer is told of its supply by notifications). */
@Service
public class BrowsingCommands {

    private final Meters meters;
    private final RelayCommands commands;

    BrowsingCommands(Meters meters, RelayCommands commands) {
        this.meters = meters;
        this.commands = commands;
    }

    @Transactional(readOnly = true)
    public long count(MeterId meter, CurrentUser user) {
        OperationsAccess.requireStaffRead(user);
        if (!meters.exists(meter)) {
            throw new MeterNotFound(meter.value());
        }
        return commands.countFor(meter);
    }

    @Transactional(readOnly = true)
    public List<RelayCommand> history(MeterId meter, long offset, int limit) {
        return commands.history(meter, offset, limit);
    }
}
