package energy.mwolo.audit.checkpoints.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** A checkpoint is due when the chain grew by {@code everyEvents}, or grew at all and {@code every} has passed. */
public record CheckpointPolicy(long everyEvents, Duration every) {

    public CheckpointPolicy {
        if (everyEvents < 1 || every == null || every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("Checkpoints need a positive event count and interval");
        }
    }

    public boolean due(long headSeq, Optional<Checkpoint> last, Instant now) {
        if (last.isEmpty()) {
            return headSeq > 0;
        }
        long grown = headSeq - last.get().seq();
        return grown >= everyEvents
                || grown > 0 && !now.isBefore(last.get().createdAt().plus(every));
    }
}
