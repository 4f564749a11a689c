package energy.mwolo.operations.readings.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Announces, per meter of a stored poll, the readings unusable for consumption (ReadingsRejected). */
public interface RejectedReadings {

    void announce(List<Summary> summaries);

    /** One meter's unusable readings of one poll. */
    record Summary(UUID meterId, String meterNumber, int negativeConsumption, int futureDated, Instant firstReadAt,
                   Instant lastReadAt, String source, Instant storedAt) {

        public int rejected() {
            return negativeConsumption + futureDated;
        }
    }
}
