package energy.mwolo.operations.disconnections.messaging;

import energy.mwolo.contracts.operations.DisconnectionDecided;
import energy.mwolo.operations.disconnections.application.Decision;
import energy.mwolo.operations.disconnections.application.DecisionPublisher;
import energy.mwolo.platform.outbox.Outbox;
import org.springframework.stereotype.Component;

/** Keyed by the meter, like every event of {@code operations.meter.events}, so one meter's decisions stay in order. */
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
}
