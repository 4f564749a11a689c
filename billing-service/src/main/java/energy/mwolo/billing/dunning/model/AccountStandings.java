package energy.mwolo.billing.dunning.model;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Contracts' standings, one row each. */
public interface AccountStandings {

    /** The contract's standing, locked until the transaction ends; empty when none was ever decided. */
    Optional<ContractStanding> lock(UUID contractId);

    /**
     * Records a first standing. Answers false, changing nothing, when another transaction recorded one meanwhile:
     * that one decided.
     */
    boolean create(ContractStanding standing);

    /** Records a new decision about a contract whose row the caller holds locked. */
    void update(ContractStanding standing);

    /** Marks the locked row settled at {@code at}. */
    void settle(UUID contractId, Instant at);
}
