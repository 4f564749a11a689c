package energy.mwolo.contracts.operations;

import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Operations asked for a meter's supply to be cut, carrying out an order of the disconnection policy or of staff.
 * Exactly one of commandId (a relay command was sent) and interventionId (a technician must go) is set.
 * Nullable: contractId (the meter measured none), commandId, interventionId.
 */
@ContractPayload
public record MeterDisconnectRequested(
        UUID meterId,
        String meterNumber,
        UUID siteId,
        UUID contractId,
        UUID orderId,
        UUID commandId,
        UUID interventionId,
        String reason,
        Instant occurredAt) {

    public static final EventContract<MeterDisconnectRequested> CONTRACT =
            new EventContract<>("operations", "meter", "MeterDisconnectRequested", 1, MeterDisconnectRequested.class);

    public MeterDisconnectRequested {
        Objects.requireNonNull(meterId, "meterId");
        Objects.requireNonNull(meterNumber, "meterNumber");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
