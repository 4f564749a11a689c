package energy.mwolo.crm.contracts.model;

import java.util.Optional;
import java.util.UUID;

/** All contracts. */
public interface Contracts {

    long nextNumber();

    void add(Contract contract);

    void update(Contract contract);

    Optional<Contract> byId(UUID id);
}
