package energy.mwolo.operations.interventions.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The read side of interventions. */
public interface InterventionDirectory {

    Optional<InterventionView> byId(UUID id);

    long count(InterventionQuery query);

    List<InterventionView> find(InterventionQuery query, long offset, int limit);
}
