package energy.mwolo.operations.disconnections.messaging;

import energy.mwolo.contracts.operations.DisconnectionDecided;
import energy.mwolo.contracts.operations.DisconnectionHoldPlaced;
import energy.mwolo.contracts.operations.DisconnectionHoldReleased;
import energy.mwolo.operations.disconnections.application.Decision;
import energy.mwolo.operations.disconnections.application.DecisionPublisher;
import energy.mwolo.operations.disconnections.application.HoldChange;
import energy.mwolo.platform.outbox.Outbox;
import org.springframework.stereotype.Component;

/**
 * Decisions are keyed by the meter, like every event of {@code operations.meter.events}, so one meter's decisions
 * stay in order; holds by their target (contract or agency), so a hold and its release stay in order.
 */
@Component
class OutboxDecisions implements DecisionPublisher {

    private final Outbox outbox;

    OutboxDecisions(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(Decision d) {
        outbox.publish(DisconnectionDecided.CONTRACT, d.meter().toString(), new DisconnectionDecided(d.id(),
                d.meter(), d.contract(), d.agency(), d.outcome(), d.reason(), d.notBefore(), d.alert(), d.orderId(),
                d.decidedAt()));
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
