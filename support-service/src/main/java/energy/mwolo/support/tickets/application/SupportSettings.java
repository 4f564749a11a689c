package energy.mwolo.support.tickets.application;

import energy.mwolo.support.tickets.model.Priority;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code mwolo.support.*}: the reopen period and the SLA targets in working hours per priority (application.yml
 * holds the defaults).
 */
@ConfigurationProperties("mwolo.support")
public record SupportSettings(Duration reopenPeriod, Sla sla) {

    public SupportSettings {
        if (reopenPeriod == null || reopenPeriod.isNegative()) {
            throw new IllegalArgumentException("mwolo.support.reopen-period must be set and not negative");
        }
        if (sla == null) {
            throw new IllegalArgumentException("mwolo.support.sla must be set");
        }
        for (Priority priority : Priority.values()) {
            sla.target(priority);
        }
    }

    /** Targets keyed by priority code ({@code critical}), the warning's lead time and the checks' pace. */
    public record Sla(Map<String, Target> targets, Duration warnBefore, Duration checkInterval) {

        public Sla {
            targets = targets == null ? Map.of() : Map.copyOf(targets);
            warnBefore = warnBefore == null ? Duration.ZERO : warnBefore;
            checkInterval = checkInterval == null ? Duration.ofMinutes(1) : checkInterval;
        }

        public Target target(Priority priority) {
            Target target = targets.get(priority.name().toLowerCase(Locale.ROOT));
            if (target == null || target.firstResponse() == null || target.resolution() == null) {
                throw new IllegalArgumentException("mwolo.support.sla.targets." + priority.name().toLowerCase(
                        Locale.ROOT) + " needs first-response and resolution");
            }
            return target;
        }
    }

    /** Working time to the first staff reply and to the resolution. */
    public record Target(Duration firstResponse, Duration resolution) {
    }
}
