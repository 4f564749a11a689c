package energy.mwolo.identity.accounts.model;

import java.time.Duration;
import java.util.Objects;

/**
 * How many consecutive wrong passwords lock an account, and for how long: the first lock lasts {@code firstLock},
 * each further lock without a successful sign-in in between twice as long as the one before, never more than
 * {@code longestLock}.
 */
public record LockoutPolicy(int maxFailures, Duration firstLock, Duration longestLock) {

    public static final LockoutPolicy DEFAULT = new LockoutPolicy(5, Duration.ofMinutes(15), Duration.ofHours(24));

    public LockoutPolicy {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be 1 or more");
        }
        Objects.requireNonNull(firstLock, "firstLock");
        Objects.requireNonNull(longestLock, "longestLock");
    }

    /** The length of lock number {@code lockNumber} (1 for the first) since the last successful sign-in. */
    public Duration lockDuration(int lockNumber) {
        Duration duration = firstLock;
        for (int i = 1; i < lockNumber && duration.compareTo(longestLock) < 0; i++) {
            duration = duration.multipliedBy(2);
        }
        return duration.compareTo(longestLock) > 0 ? longestLock : duration;
    }
}
