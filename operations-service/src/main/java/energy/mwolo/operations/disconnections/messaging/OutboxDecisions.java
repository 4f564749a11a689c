package energy.mwolo.operations.disconnections.messaging;

import energy.mwolo.contracts.operations.DisconnectionDecided;
import energy.mwolo.contracts.operations.DisconnectionHoldPlaced;
import energy.mwolo.contracts.operations.DisconnectionHoldReleased;
import energy.mwolo.operations.disconnections.application.Decision;
import energy.mwolo.operations.disconnections.application.DecisionPublisher;
import energy.mwolo.operations.disconnections.application.HoldChange;
import energy.mwolo.operations.disconnections.model.Reason;
import energy.mwolo.platform.metrics.OnCommit;
import energy.mwolo.platform.outbox.Outbox;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Decisions are keyed by the meter, like every event of {@code operations.meter.events}, so one meter's decisions
 * stay in order; holds by their target (contract or agency), so a hold and its release stay in order. A cut held
 * back by a blast-radius limit is also counted in {@value #LIMITED} by limit (registered at zero), which the
 * disconnection-cap alert reads.
 */
@Component
class OutboxDecisions implements DecisionPublisher {

    static final String LIMITED = "operations.disconnections.limited";

    private final Outbox outbox;
    private final MeterRegistry meters;

    OutboxDecisions(Outbox outbox, MeterRegistry meters) {
        this.outbox = outbox;
        this.meters = meters;
        Stream.of(Reason.DAILY_CAP, Reason.AGENCY_HOURLY_LIMIT).forEach(reason -> limited(reason.code()));
    }

    @Override
    public void publish(Decision d) {
        outbox.publish(DisconnectionDecided.CONTRACT, d.meter().toString(), new DisconnectionDecided(d.id(),
                d.meter(), d.contract(), d.agency(), d.outcome(), d.reason(), d.notBefore(), d.alert(), d.orderId(),
                d.decidedAt()));
        if (d.alert()) {
            OnCommit.increment(limited(d.reason()));
        }
    }

    private Counter limited(String reason) {
        return Counter.builder(LIMITED).description("Cuts held back by a blast-radius limit, by limit")
                .tag("reason", reason).register(meters);
    }

    @Override
    public void holdPlaced(HoldChange h) {
        outbox.publish(DisconnectionHoldPlaced.CONTRACT, h.target().toString(), new DisconnectionHoldPlaced(h.hold(),
                h.scope().code(), h.target(), h.actor(), h.note(), h.at()));
    }

    @Override
    public void holdReleased(HoldChange h) {
        outbox.publish(DisconnectionHoldReleased.CONTRACT, h.target().toString(), new DisconnectionHoldReleased(
                h.hold(), h.scope().code(), h.target(), h.actor(), h.at()));
    }
}
