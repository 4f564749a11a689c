package energy.mwolo.contracts.operations;

import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * OPERATIONS released the hold told by {@link DisconnectionHoldPlaced} (same hold id and key): the target's waiting
 * disconnections are looked at again at once. {@code actorId} is the user who released it.
 */
@ContractPayload
public record DisconnectionHoldReleased(
        UUID holdId,
        String scope,
        UUID targetId,
        UUID actorId,
        Instant occurredAt) {

    public static final EventContract<DisconnectionHoldReleased> CONTRACT = new EventContract<>(
            "operations", "disconnection-hold", "DisconnectionHoldReleased", 1, DisconnectionHoldReleased.class);

    public DisconnectionHoldReleased {
        Objects.requireNonNull(holdId, "holdId");
        DisconnectionHoldPlaced.requireScope(scope);
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
