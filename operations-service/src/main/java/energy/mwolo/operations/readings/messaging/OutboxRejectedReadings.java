package energy.mwolo.operations.readings.messaging;

import energy.mwolo.contracts.operations.ReadingsRejected;
import energy.mwolo.operations.readings.application.RejectedReadings;
import energy.mwolo.platform.outbox.Outbox;
import java.util.List;
import org.springframework.stereotype.Component;

/** Keyed by the meter's id, with the meter's other events. */
@Component
class OutboxRejectedReadings implements RejectedReadings {

    private final Outbox outbox;

    OutboxRejectedReadings(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void announce(List<Summary> summaries) {
        for (Summary s : summaries) {
            outbox.publish(ReadingsRejected.CONTRACT, s.meterId().toString(), new ReadingsRejected(s.meterId(),
                    s.meterNumber(), s.rejected(), s.negativeConsumption(), s.futureDated(), s.firstReadAt(),
                    s.lastReadAt(), s.source(), s.storedAt()));
        }
    }
}
