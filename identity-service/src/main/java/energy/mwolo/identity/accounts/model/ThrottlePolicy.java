package energy.mwolo.identity.accounts.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The sign-in throttle's numbers, and the wait they give an attempt.
 *
 * @param waits        the usual waits of one identifier typed from one address
 * @param forgetAfter  failures in a row are forgotten this long after the last of them
 * @param ceiling      the limit of one identifier over every address
 * @param familiarFor  an address that signed in to the identifier within this keeps the usual waits at the ceiling
 */
public record ThrottlePolicy(WaitPolicy waits, Duration forgetAfter, CeilingPolicy ceiling, Duration familiarFor) {

    /**
     * One address: the 5th failure in a row waits 1 minute, each further one twice as long up to 1 hour (10 guesses in
     * the first hour, then 1 an hour: about 33 a day). The ceiling: 100 failures in 24 hours, more than 3 addresses
     * can make; it locks for 24 hours, in which an address that has not signed in within 30 days waits 15 minutes
     * after its first failure, twice as long after each further one, up to 24 hours.
     */
    public static final ThrottlePolicy DEFAULT = new ThrottlePolicy(
            new WaitPolicy(5, Duration.ofMinutes(1), Duration.ofHours(1)), Duration.ofHours(24),
            new CeilingPolicy(100, Duration.ofHours(24), Duration.ofHours(24),
                    new WaitPolicy(1, Duration.ofMinutes(15), Duration.ofHours(24))),
            Duration.ofDays(30));

    public ThrottlePolicy {
        Objects.requireNonNull(waits, "waits");
        Objects.requireNonNull(forgetAfter, "forgetAfter");
        Objects.requireNonNull(ceiling, "ceiling");
        Objects.requireNonNull(familiarFor, "familiarFor");
    }

    /** How long this address must wait before trying this identifier again; zero when it may try now. */
    public Duration waitBefore(IdentifierFailures identifier, AddressStreak address, Instant now) {
        boolean slowed = identifier.isLocked(now) && !address.isFamiliar(now, familiarFor);
        return address.current(now, forgetAfter).waitAt(now, slowed ? ceiling.unfamiliarWaits() : waits);
    }
}
