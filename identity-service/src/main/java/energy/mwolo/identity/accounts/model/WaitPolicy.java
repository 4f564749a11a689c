package energy.mwolo.identity.accounts.model;

import java.time.Duration;
import java.util.Objects;

/**
 * How long an address waits after failures in a row for one identifier: the {@code failuresBeforeWaiting}-th
 * failure makes it wait {@code firstWait}, each further one twice as long as the one before, never more than
 * {@code longestWait}; failures before it cost nothing. The wait runs from the last failure; attempts during it are
 * refused without a password check and do not lengthen it.
 */
public record WaitPolicy(int failuresBeforeWaiting, Duration firstWait, Duration longestWait) {

    public WaitPolicy {
        if (failuresBeforeWaiting < 1) {
            throw new IllegalArgumentException("failuresBeforeWaiting must be 1 or more");
        }
        Objects.requireNonNull(firstWait, "firstWait");
        Objects.requireNonNull(longestWait, "longestWait");
    }

    /** The wait that {@code failures} failures in a row impose, counted from the last of them. */
    public Duration waitAfter(int failures) {
        if (failures < failuresBeforeWaiting) {
            return Duration.ZERO;
        }
        Duration wait = firstWait;
        for (int i = failuresBeforeWaiting; i < failures && wait.compareTo(longestWait) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longestWait) > 0 ? longestWait : wait;
    }
}
