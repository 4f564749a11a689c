package energy.mwolo.platform.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes keys past their retention. They already count as unused when a request looks them up; the purge only
 * keeps the table small. A service without idempotent endpoints has nothing to purge and is left alone (its
 * database role may not even be allowed to touch the table).
 */
class IdempotencyPurge {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyPurge.class);

    private final IdempotencyRecords records;
    private final Duration retention;
    private final Clock clock;
    private final BooleanSupplier inUse;

    IdempotencyPurge(IdempotencyRecords records, Duration retention, Clock clock, BooleanSupplier inUse) {
        this.records = records;
        this.retention = retention;
        this.clock = clock;
        this.inUse = inUse;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
    int purge() {
        if (!inUse.getAsBoolean()) {
            return 0;
        }
        int deleted = records.deleteUsedBefore(clock.instant().minus(retention));
        if (deleted > 0) {
            log.info("Purged {} idempotency keys older than {}", deleted, retention);
        }
        return deleted;
    }
}
