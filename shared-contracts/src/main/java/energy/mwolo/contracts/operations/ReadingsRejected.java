package energy.mwolo.contracts.operations;

import com.fasterxml.jackson.annotation.JsonProperty;
import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A summary, per meter and per poll of readings, of the readings stored but unusable for consumption: a register
 * gone down without rollover or swap, or a reading dated in the future. Not one event per reading: a meter sending
 * garbage every 15 minutes gives one event per poll, counted. The readings themselves stay queryable with their flags.
 */
@ContractPayload
public record ReadingsRejected(
        UUID meterId,
        String meterNumber,
        @JsonProperty(required = true) int rejected,
        @JsonProperty(required = true) int negativeConsumption,
        @JsonProperty(required = true) int futureDated,
        Instant firstReadAt,
        Instant lastReadAt,
        String source,
        Instant occurredAt) {

    public static final EventContract<ReadingsRejected> CONTRACT =
            new EventContract<>("operations", "meter", "ReadingsRejected", 1, ReadingsRejected.class);

    public static final Set<String> SOURCES = Set.of("device", "manual");

    public ReadingsRejected {
        Objects.requireNonNull(meterId, "meterId");
        Objects.requireNonNull(meterNumber, "meterNumber");
        if (rejected < 1 || negativeConsumption < 0 || futureDated < 0) {
            throw new IllegalArgumentException("rejected must be positive and the counts not negative");
        }
        Objects.requireNonNull(firstReadAt, "firstReadAt");
        Objects.requireNonNull(lastReadAt, "lastReadAt");
        if (source == null || !SOURCES.contains(source)) {
            throw new IllegalArgumentException("source must be one of " + SOURCES + ", was " + source);
        }
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
