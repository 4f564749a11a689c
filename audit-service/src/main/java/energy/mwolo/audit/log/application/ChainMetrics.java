package energy.mwolo.audit.log.application;

import energy.mwolo.audit.log.model.AuditLog;
import energy.mwolo.audit.log.model.Verification;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code audit.chain.length} (entries in the chain, read from the database), redeliveries skipped, entries whose
 * source is not their topic's owner, entries cut to fit the log's limits, and {@value #VALID}: 1 once a walk of the
 * whole chain verified, 0 once any verification found a breach (the audit-chain alert reads it), NaN before either.
 */
@Component
public class ChainMetrics {

    static final String VALID = "audit.chain.valid";

    private final Counter duplicates;
    private final Counter sourceMismatches;
    private final Counter truncated;
    private volatile double valid = Double.NaN;

    ChainMetrics(MeterRegistry registry, AuditLog log) {
        Gauge.builder(VALID, this, metrics -> metrics.valid)
                .description("1 when the last verification of the whole chain held, 0 when a verification found a breach")
                .register(registry);
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

    /** A breach anywhere shows at once; only a walk from the first entry to the last shows the chain whole. */
    void verified(Verification verification, boolean wholeChain) {
        if (!verification.valid()) {
            valid = 0;
        } else if (wholeChain) {
            valid = 1;
        }
    }

    void appended(Appended appended) {
        duplicates.increment(appended.duplicates());
        sourceMismatches.increment(appended.sourceMismatches());
        truncated.increment(appended.truncated());
    }
}
