package energy.mwolo.contracts.operations;

import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The meter's relay is open: the supply is cut. {@code source} says how operations learnt it.
 * Nullable: contractId (the meter measured none), commandId (only for a command_acknowledged source).
 */
@ContractPayload
public record MeterDisconnected(
        UUID meterId,
        String meterNumber,
        UUID siteId,
        UUID contractId,
        UUID commandId,
        String source,
        Instant occurredAt) {

    public static final EventContract<MeterDisconnected> CONTRACT =
            new EventContract<>("operations", "meter", "MeterDisconnected", 1, MeterDisconnected.class);

    public static final Set<String> SOURCES = Set.of("command_acknowledged", "meter_event", "reading", "technician");

    public MeterDisconnected {
        Objects.requireNonNull(meterId, "meterId");
        Objects.requireNonNull(meterNumber, "meterNumber");
        Objects.requireNonNull(siteId, "siteId");
        if (source == null || !SOURCES.contains(source)) {
            throw new IllegalArgumentException("source must be one of " + SOURCES + ", was " + source);
        }
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
