package energy.mwolo.operations.commands.model;

import energy.mwolo.operations.meters.model.MeterId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The commands' store. */
public interface RelayCommands {

    Optional<RelayCommand> byId(CommandId id);

    Optional<RelayCommand> byOrder(UUID orderId);

    /** The meter's commands not yet ended (pending or sent), oldest first, locked for the transaction. */
    List<RelayCommand> openFor(MeterId meter);

    /** Up to {@code limit} commands due at {@code now}, locked; those another transaction holds are skipped. */
    List<RelayCommand> claimDue(Instant now, int limit);

    /** The meter's commands, newest first. */
    List<RelayCommand> history(MeterId meter, long offset, int limit);

    long countFor(MeterId meter);

    /** @return false when a command for that order exists already (a concurrent duplicate) */
    boolean add(RelayCommand command);

    void update(RelayCommand command);
}
