package energy.mwolo.operations.meters.application;

import energy.mwolo.operations.access.ReadScope;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The read side of meters, always within what the caller may see. */
public interface MeterDirectory {

    Optional<MeterView> byId(UUID id, ReadScope scope);

    /** The meter's links, oldest first; a customer sees only those of its own contracts. */
    List<MeterLinkView> links(UUID meter, ReadScope scope);

    long count(MeterQuery query);

    List<MeterView> find(MeterQuery query, long offset, int limit);
}
