package energy.mwolo.audit.log.application;

import energy.mwolo.audit.log.model.AuditLog;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** {@code audit.chain.length} (entries in the chain, read from the database) and redeliveries skipped. */
@Component
public class ChainMetrics {

    private final Counter duplicates;

    ChainMetrics(MeterRegistry registry, AuditLog log) {
        Gauge.builder("audit.chain.length", log, l -> l.head().seq())
                .description("Entries in the audit chain (its last sequence number: there are no gaps)")
                .register(registry);
        this.duplicates = Counter.builder("audit.events.duplicates")
                .description("Events skipped because their id was already in the log (redeliveries)")
                .register(registry);
    }

    void appended(Appended appended) {
        duplicates.increment(appended.duplicates());
    }
}
