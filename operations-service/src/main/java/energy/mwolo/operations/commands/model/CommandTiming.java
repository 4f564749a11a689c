package energy.mwolo.operations.commands.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * How long a command lives and how long to wait for an acknowledgement before sending it again: the n-th wait is
 * {@code backoff[n-1]}, the last one repeating. A meter on a weak GPRS link answers within seconds or not for minutes;
 * the lifetime bounds how stale a cut may be when it finally happens.
 */
public record CommandTiming(List<Duration> backoff, Duration lifetime) {

    public CommandTiming {
        backoff = List.copyOf(Objects.requireNonNull(backoff, "backoff"));
        if (backoff.isEmpty() || backoff.stream().anyMatch(d -> d.isNegative() || d.isZero())) {
            throw new IllegalArgumentException("backoff must be positive durations, at least one");
        }
        if (lifetime == null || lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("lifetime must be positive");
        }
    }

    Instant nextAttempt(Instant sentAt, int attempts) {
        return sentAt.plus(backoff.get(Math.min(attempts, backoff.size()) - 1));
    }
}
