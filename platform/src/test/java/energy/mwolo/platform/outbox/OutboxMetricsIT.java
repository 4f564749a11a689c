package energy.mwolo.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.contracts.EventContract;
import energy.mwolo.platform.probe.AbstractProbeIT;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What operators' alerts and dashboards read of the outbox: the events committed, by type, and the backlog the
 * outbox's replication slot holds.
 */
class OutboxMetricsIT extends AbstractProbeIT {

    private static final EventContract<Counted> COUNTED =
            new EventContract<>("probe", "lead", "LeadCounted", 1, Counted.class);

    record Counted(String id) {
    }

    @Autowired
    private Outbox outbox;

    @Autowired
    private MeterRegistry meters;

    @Autowired
    private PlatformTransactionManager transactionManager;

    @Test
    void committedEventsAreCountedByTypeOneByOneAndTogether() {
        double before = written();

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            outbox.publish(COUNTED, "a", new Counted(UUID.randomUUID().toString()));
            outbox.publishAll(COUNTED, List.of(new Outbox.Keyed<>("b", new Counted("b")),
                    new Outbox.Keyed<>("c", new Counted("c"))));
        });

        assertThat(written() - before).isEqualTo(3.0);
    }

    @Test
    void eventsOfARolledBackTransactionAreNotCounted() {
        new TransactionTemplate(transactionManager).executeWithoutResult(status ->
                outbox.publish(COUNTED, "warm", new Counted("warm")));
        double before = written();

        assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            outbox.publish(COUNTED, "gone", new Counted("gone"));
            throw new IllegalStateException("the use case fails after the write");
        })).hasMessage("the use case fails after the write");

        assertThat(written()).isEqualTo(before);
    }

    @Test
    void theBacklogOfTheOutboxSlotIsAGaugeInBytes() {
        var backlog = meters.get(OutboxAutoConfiguration.BACKLOG).gauge();

        assertThat(backlog.getId().getBaseUnit()).isEqualTo("bytes");
        assertThat(backlog.value()).isGreaterThanOrEqualTo(0.0);
    }

    private double written() {
        var counter = meters.find(OutboxMetrics.EVENTS).tag("type", COUNTED.type()).counter();
        return counter == null ? 0.0 : counter.count();
    }
}
