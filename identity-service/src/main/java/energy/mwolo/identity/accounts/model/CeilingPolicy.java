package energy.mwolo.identity.accounts.model;

import java.time.Duration;
import java.util.Objects;

/**
 * The ceiling of one identifier, over every address: {@code failures} failures within {@code window} (counted from
 * the first failure of the window) lock it for {@code lockedFor}, during which addresses that have not signed in to
 * it lately wait as {@code unfamiliarWaits} says instead of the usual waits.
 */
public record CeilingPolicy(int failures, Duration window, Duration lockedFor, WaitPolicy unfamiliarWaits) {

    public CeilingPolicy {
        if (failures < 1) {
            throw new IllegalArgumentException("failures must be 1 or more");
        }
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(lockedFor, "lockedFor");
        Objects.requireNonNull(unfamiliarWaits, "unfamiliarWaits");
    }
}
