package energy.mwolo.platform.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes outbox rows older than the retention. Deletes are not published (the publication carries inserts only);
 * the retention only has to outlast the relay's worst lag.
 */
class OutboxPurge {

    private static final Logger log = LoggerFactory.getLogger(OutboxPurge.class);

    private final JdbcClient jdbc;
    private final Duration retention;
    private final Clock clock;

    OutboxPurge(JdbcClient jdbc, Duration retention, Clock clock) {
        this.jdbc = jdbc;
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
    int purge() {
        int deleted = jdbc.sql("DELETE FROM outbox WHERE occurred_at < ?")
                .param(Timestamp.from(clock.instant().minus(retention)))
                .update();
        if (deleted > 0) {
            log.info("Purged {} outbox rows older than {}", deleted, retention);
        }
        return deleted;
    }
}
