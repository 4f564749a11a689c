package energy.mwolo.contracts.operations;

import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * OPERATIONS put a contract or a whole agency on hold: none of its disconnections for unpaid bills is carried out
 * until the hold is released ({@link DisconnectionHoldReleased}, same hold id). The Kafka key is the target's id, so
 * a target's holds and releases stay in order. {@code scope} is {@code contract} or {@code agency}; {@code actorId} is
 * the user who placed it; {@code note} (nullable) says why.
 */
@ContractPayload
public record DisconnectionHoldPlaced(
        UUID holdId,
        String scope,
        UUID targetId,
        UUID actorId,
        String note,
        Instant occurredAt) {

    public static final EventContract<DisconnectionHoldPlaced> CONTRACT = new EventContract<>(
            "operations", "disconnection-hold", "DisconnectionHoldPlaced", 1, DisconnectionHoldPlaced.class);

    public static final Set<String> SCOPES = Set.of("contract", "agency");

    public DisconnectionHoldPlaced {
        Objects.requireNonNull(holdId, "holdId");
        requireScope(scope);
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    static void requireScope(String scope) {
        if (!SCOPES.contains(scope)) {
            throw new IllegalArgumentException("scope must be one of " + SCOPES + ", was " + scope);
        }
    }
}
