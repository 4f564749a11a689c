package energy.mwolo.operations.interventions.model;

import java.util.Optional;

/** All interventions, whatever their status. */
public interface Interventions {

    /** Locks the intervention until the transaction ends, so concurrent changes to it apply one after the other. */
    Optional<Intervention> byId(InterventionId id);

    void add(Intervention intervention);

    void update(Intervention intervention);
}
