package energy.mwolo.contracts.operations;

import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Operations asked for a meter's supply to be restored, carrying out an order of the disconnection policy or of staff.
 * Exactly one of commandId (a relay command was sent) and interventionId (a technician must go) is set.
 * Nullable: contractId (the meter measured none), commandId, interventionId.
 */
@ContractPayload
public record MeterReconnectRequested(
        UUID meterId,
        String meterNumber,
        UUID siteId,
        UUID contractId,
        UUID orderId,
        UUID commandId,
        UUID interventionId,
        String reason,
        Instant occurredAt) {

    public static final EventContract<MeterReconnectRequested> CONTRACT =
            new EventContract<>("operations", "meter", "MeterReconnectRequested", 1, MeterReconnectRequested.class);

    public MeterReconnectRequested {
        Objects.requireNonNull(meterId, "meterId");
        Objects.requireNonNull(meterNumber, "meterNumber");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
