package energy.mwolo.identity.accounts.model;

import java.time.Instant;

/**
 * The sign-in throttle's state, shared by every replica and kept across restarts: per identifier typed and client
 * address, the failures in a row; per identifier, the failures from every address and the lock. Identifiers are kept
 * only as keyed fingerprints.
 */
public interface SignInThrottles {

    /** The identifier's failures and lock as they stand, without locking them. */
    IdentifierFailures failuresOf(TypedIdentifier identifier);

    /** The same, locked until the transaction ends, so concurrent failures apply one after the other. */
    IdentifierFailures lockFailuresOf(TypedIdentifier identifier);

    void saveFailures(TypedIdentifier identifier, IdentifierFailures failures);

    /** Locked until the transaction ends (created when missing): concurrent attempts apply one after the other. */
    AddressStreak lockStreak(TypedIdentifier identifier, ClientAddress address);

    void saveStreak(TypedIdentifier identifier, ClientAddress address, AddressStreak streak);

    /** Forgets the identifier's failures, its lock, and every address's streak with it. */
    void forget(TypedIdentifier identifier);

    /** Forgets what {@code policy} no longer looks at, as of {@code now}; returns how many rows went. */
    int purge(Instant now, ThrottlePolicy policy);
}
