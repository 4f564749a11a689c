package energy.mwolo.billing.dunning.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Attempts of a reminder that could not be delivered: after the n-th failed attempt, the next one waits
 * {@code firstDelay * 2^(n-1)}, at most {@code maxDelay}; after {@code maxAttempts} attempts it is given up.
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be 1 or more, was " + maxAttempts);
        }
        if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("delays must be 0 <= first <= max");
        }
    }

    /** When to try again after {@code attemptsMade} failed attempts, or empty: give up. */
    public Optional<Instant> nextAttempt(int attemptsMade, Instant now) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        Duration delay = firstDelay;
        for (int i = 1; i < attemptsMade && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return Optional.of(now.plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay));
    }
}
