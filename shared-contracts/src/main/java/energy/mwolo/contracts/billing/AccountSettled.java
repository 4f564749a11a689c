package energy.mwolo.contracts.billing;

import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A contract's account that billing reported overdue has nothing overdue left: the disconnection it asked for no
 * longer applies, and operations reconnects. The Kafka key is the contract id. {@code settledAt} is when the
 * settling payment was received ({@code paymentId}), or when the credit note that settled it was issued.
 * Nullable: paymentId (absent when a credit note, not a payment, settled it).
 */
@ContractPayload
public record AccountSettled(UUID contractId, UUID clientId, UUID siteId, Instant settledAt, UUID paymentId,
                             Instant occurredAt) {

    public static final EventContract<AccountSettled> CONTRACT =
            new EventContract<>("billing", "account", "AccountSettled", 1, AccountSettled.class);

    public AccountSettled {
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(settledAt, "settledAt");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
