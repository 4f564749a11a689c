package energy.mwolo.operations.commands.application;

import energy.mwolo.operations.commands.model.CommandId;
import energy.mwolo.operations.commands.model.RelayCommand;
import energy.mwolo.operations.meters.model.Meter;
import java.time.Instant;

/** What the command side announces on {@code operations.meter.events}, in the caller's transaction. */
public interface RelayEvents {

    /** MeterDisconnectRequested or MeterReconnectRequested. */
    void requested(Meter meter, RelayCommand command);

    /** MeterDisconnected (open) or MeterReconnected (closed). @param command the one acknowledged, or null */
    void relayMoved(Meter meter, boolean open, String source, CommandId command, Instant at);

    void failed(Meter meter, RelayCommand command);

    void alarm(Meter meter, String alarm, String detail, Instant at);
}
