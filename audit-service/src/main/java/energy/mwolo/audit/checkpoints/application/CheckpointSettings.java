package energy.mwolo.audit.checkpoints.application;

import energy.mwolo.audit.checkpoints.model.CheckpointPolicy;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When checkpoints are taken.
 *
 * @param everyEvents  after this many new entries
 * @param every        or after this long, if the chain grew at all
 * @param pollInterval how often the service looks whether one is due
 */
@ConfigurationProperties("mwolo.audit.checkpoints")
public record CheckpointSettings(Long everyEvents, Duration every, Duration pollInterval) {

    public CheckpointSettings {
        everyEvents = everyEvents == null ? 1000 : everyEvents;
        every = every == null ? Duration.ofMinutes(5) : every;
        pollInterval = pollInterval == null ? Duration.ofSeconds(10) : pollInterval;
    }

    public CheckpointPolicy policy() {
        return new CheckpointPolicy(everyEvents, every);
    }
}
