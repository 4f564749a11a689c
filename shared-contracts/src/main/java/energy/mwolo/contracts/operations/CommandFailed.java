package energy.mwolo.contracts.operations;

import com.fasterxml.jackson.annotation.JsonProperty;
import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A relay command ended without the meter executing it: refused or failed by the meter, or not acknowledged before
 * it expired. A field intervention is planned instead. Nullable: contractId, interventionId.
 */
@ContractPayload
public record CommandFailed(
        UUID meterId,
        String meterNumber,
        UUID siteId,
        UUID contractId,
        UUID commandId,
        UUID orderId,
        String action,
        String reason,
        @JsonProperty(required = true) int attempts,
        UUID interventionId,
        Instant occurredAt) {

    public static final EventContract<CommandFailed> CONTRACT =
            new EventContract<>("operations", "meter", "CommandFailed", 1, CommandFailed.class);

    public static final Set<String> REASONS = Set.of("refused", "failed", "expired");

    public CommandFailed {
        Objects.requireNonNull(meterId, "meterId");
        Objects.requireNonNull(meterNumber, "meterNumber");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(orderId, "orderId");
        if (action == null || !Set.of("disconnect", "reconnect").contains(action)) {
            throw new IllegalArgumentException("action must be disconnect or reconnect, was " + action);
        }
        if (reason == null || !REASONS.contains(reason)) {
            throw new IllegalArgumentException("reason must be one of " + REASONS + ", was " + reason);
        }
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
