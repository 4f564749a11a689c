package energy.mwolo.platform.outbox;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The outbox and its in-service relay.
 *
 * @param module    first part of the service's topics ({@code geo} for {@code geo.agency.events}); defaults to
 *                  the application name without {@code -service}
 * @param retention how long published rows stay in the outbox table before the purge deletes them
 * @param relay     the embedded Debezium relay; switch it off where Kafka Connect runs the same connector
 */
@ConfigurationProperties("mwolo.outbox")
public record OutboxProperties(String module, Duration retention, Relay relay) {

    public OutboxProperties {
        retention = retention == null ? Duration.ofDays(7) : retention;
        relay = relay == null ? new Relay(true, null, null, null, null, false) : relay;
    }

    /**
     * @param enabled     run the embedded Debezium engine in this service (exactly one replica may)
     * @param offsetDir   where the engine keeps its offsets between restarts
     * @param slotName    replication slot, {@code <module>_outbox} by default
     * @param publication PostgreSQL publication, {@code <module>_outbox} by default
     * @param retryDelay  pause before the engine is restarted after a failure (database or broker down)
     * @param prepareSlot create the publication and slot at start even with the relay off, before the service
     *                    takes requests, so that Kafka Connect's connector, however late it starts, reads every event
     *                    written since (the relay does this itself when on)
     */
    public record Relay(Boolean enabled, Path offsetDir, String slotName, String publication, Duration retryDelay,
            boolean prepareSlot) {

        public Relay {
            enabled = enabled == null || enabled;
            retryDelay = retryDelay == null ? Duration.ofSeconds(5) : retryDelay;
        }
    }
}
