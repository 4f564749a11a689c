package energy.mwolo.operations.commands.application;

import energy.mwolo.operations.commands.model.CommandTiming;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code mwolo.operations.commands.*}: the waits before sending an unacknowledged command again, how long a command
 * lives before it fails into field work, and how many due commands a dispatch takes at once (how often it looks is
 * {@code dispatch-interval}, read by the schedule).
 */
@ConfigurationProperties("mwolo.operations.commands")
public record CommandSettings(
        @DefaultValue({"30s", "2m", "10m", "30m"}) List<Duration> backoff,
        @DefaultValue("6h") Duration lifetime,
        @DefaultValue("200") int dispatchBatch) {

    public CommandTiming timing() {
        return new CommandTiming(backoff, lifetime);
    }
}
