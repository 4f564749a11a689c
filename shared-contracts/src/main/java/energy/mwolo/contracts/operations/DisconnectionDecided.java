package energy.mwolo.contracts.operations;

import com.fasterxml.jackson.annotation.JsonProperty;
import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The collection loop decided about one meter of a contract billing reported overdue or settled: a cut ordered, a
 * cut waiting (and until when, and why), refused (a protected site), cancelled (settled before the cut), or a
 * reconnection ordered. {@code alert} marks a wait imposed by a blast-radius limit, which someone must look at.
 * The Kafka key is the meter id. Nullable: agencyId (unknown site), notBefore (set only for {@code waiting}),
 * orderId (set only when a relay order was given).
 */
@ContractPayload
public record DisconnectionDecided(
        UUID decisionId,
        UUID meterId,
        UUID contractId,
        UUID agencyId,
        String outcome,
        String reason,
        Instant notBefore,
        @JsonProperty(required = true) boolean alert,
        UUID orderId,
        Instant occurredAt) {

    public static final EventContract<DisconnectionDecided> CONTRACT =
            new EventContract<>("operations", "meter", "DisconnectionDecided", 1, DisconnectionDecided.class);

    public static final Set<String> OUTCOMES =
            Set.of("cut_ordered", "waiting", "refused", "cancelled", "reconnect_ordered");

    public DisconnectionDecided {
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(meterId, "meterId");
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (!OUTCOMES.contains(outcome)) {
            throw new IllegalArgumentException("outcome must be one of " + OUTCOMES + ", was " + outcome);
        }
    }
}
