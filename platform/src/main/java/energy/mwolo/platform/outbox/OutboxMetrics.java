package energy.mwolo.platform.outbox;

import energy.mwolo.contracts.Contracts;
import energy.mwolo.contracts.EventContract;
import energy.mwolo.platform.metrics.OnCommit;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@value #EVENTS} (tag {@code type}, e.g. {@code support.TicketSlaBreached}): the domain events a service committed,
 * counted once their transaction commits, so a rolled-back change counts nothing. Every event type of the module is
 * registered at zero at start, so an alert on the first SLA breach or reversal sees a rise from zero.
 */
final class OutboxMetrics {

    static final String EVENTS = "mwolo.outbox.events";

    private final MeterRegistry registry;

    OutboxMetrics(MeterRegistry registry, String module) {
        this.registry = registry;
        Contracts.all().stream().filter(contract -> contract.module().equals(module)).forEach(this::counter);
    }

    void committed(EventContract<?> contract, int events) {
        OnCommit.increment(counter(contract), events);
    }

    private Counter counter(EventContract<?> contract) {
        return Counter.builder(EVENTS)
                .description("Domain events committed to the outbox, by type")
                .tag("type", contract.type())
                .register(registry);
    }
}
