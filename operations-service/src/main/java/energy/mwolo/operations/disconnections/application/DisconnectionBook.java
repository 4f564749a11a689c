package energy.mwolo.operations.disconnections.application;

import energy.mwolo.operations.disconnections.model.AccountStanding;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The policy's records: accounts' standings, cut cases, decisions, holds and pending payments. */
public interface DisconnectionBook {

    /** The account's standing, its row locked until the transaction ends: reports of one contract never interleave. */
    AccountStanding lockAccount(UUID contract);

    void saveStanding(UUID contract, UUID client, UUID site, AccountStanding standing, String amountDue);

    /** The meters measuring the contract now. */
    List<UUID> metersOf(UUID contract);

    /** The contract's cases not yet closed (waiting, ordered or refused). */
    List<CutCase> openCases(UUID contract);

    /** Waiting cases due by {@code now}, locked and skipped by a concurrent pass, at most {@code limit}. */
    List<CutCase> dueCases(Instant now, int limit);

    void saveCase(CutCase cutCase);

    void record(Decision decision);

    List<Decision> history(UUID contract);

    /** Serialises the counting of orders against the blast-radius limits until the transaction ends. */
    void lockLimits();

    int cutsOrdered(UUID agency, Instant from, Instant to);

    int cutsOrdered(Instant from, Instant to);

    boolean onHold(String scope, UUID target);

    /** Places a hold unless one is active; answers the hold placed, empty when one was active already. */
    Optional<UUID> placeHold(String scope, UUID target, UUID actor, String note, Instant at);

    /** Releases the active hold; answers the hold released, empty when there was none. */
    Optional<UUID> releaseHold(String scope, UUID target, UUID actor, Instant at);

    /** Waiting cases of the contract or agency become due at {@code at}. */
    void wakeUp(String scope, UUID target, Instant at);

    /** The end of the latest hold of a payment of the client still under way at {@code now}, or null. */
    Instant paymentHeldUntil(UUID client, Instant now);

    void paymentStarted(UUID client, UUID payment, Instant holdUntil);

    void paymentEnded(UUID client, UUID payment, Instant at);

    /** The client's cases waiting for a payment become due at {@code at}. */
    void wakeUpHeldForPayment(UUID client, Instant at);
}
