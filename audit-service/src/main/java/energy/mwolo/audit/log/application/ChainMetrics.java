package energy.mwolo.audit.log.application;

import energy.mwolo.audit.log.model.AuditLog;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code audit.chain.length} (entries in the chain, read from the database), redeliveries skipped, entries whose
 * source is not their topic's owner, and entries cut to fit the log's limits.
 */
@Component
public class ChainMetrics {

    private final Counter duplicates;
    private final Counter sourceMismatches;
    private final Counter truncated;

    ChainMetrics(MeterRegistry registry, AuditLog log) {
        Gauge.builder("audit.chain.length", log, l -> l.head().seq())
                .description("Entries in the audit chain (its last sequence number: there are no gaps)")
                .register(registry);
        this.duplicates = Counter.builder("audit.events.duplicates")
                .description("Events skipped because their id was already in the log (redeliveries)")
                .register(registry);
        this.sourceMismatches = Counter.builder("audit.events.source.mismatch")
                .description("Entries whose ce_source is not the service that owns their topic (kept, flagged)")
                .register(registry);
        this.truncated = Counter.builder("audit.events.truncated")
                .description("Entries whose headers or payload exceeded the log's limits and were cut (flagged)")
                .register(registry);
    }

    void appended(Appended appended) {
        duplicates.increment(appended.duplicates());
        sourceMismatches.increment(appended.sourceMismatches());
        truncated.increment(appended.truncated());
    }
}
