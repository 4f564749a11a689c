package energy.mwolo.operations.consumption.messaging;

import energy.mwolo.contracts.operations.ConsumptionRecorded;
import energy.mwolo.operations.consumption.application.ConsumptionPublisher;
import energy.mwolo.operations.consumption.application.ConsumptionStore.Figure;
import energy.mwolo.operations.consumption.application.ConsumptionStore.Recorded;
import energy.mwolo.operations.consumption.model.BillingPeriod;
import energy.mwolo.platform.outbox.Outbox;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Keyed by the contract, so one contract's revisions reach billing in the order they were recorded; billing keeps
 * the highest revision of a contract and period.
 */
@Component
class OutboxConsumption implements ConsumptionPublisher {

    private final Outbox outbox;

    OutboxConsumption(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void recorded(UUID contract, UUID site, BillingPeriod period, Figure figure, Instant at) {
        outbox.publish(ConsumptionRecorded.CONTRACT, contract.toString(), event(contract, site, period, figure, at));
    }

    @Override
    public void recordedAll(BillingPeriod period, List<Recorded> figures, Instant at) {
        outbox.publishAll(ConsumptionRecorded.CONTRACT, figures.stream()
                .map(recorded -> new Outbox.Keyed<>(recorded.contract().toString(),
                        event(recorded.contract(), recorded.site(), period, recorded.figure(), at)))
                .toList());
    }

    private static ConsumptionRecorded event(UUID contract, UUID site, BillingPeriod period, Figure figure,
                                             Instant at) {
        return new ConsumptionRecorded(contract, site, figure.meterId(), figure.meterNumber(), period.firstDay(),
                period.lastDay(), figure.kwh(), figure.estimated(), figure.registerStartKwh(), figure.registerEndKwh(),
                figure.revision(), at);
    }
}
