package energy.mwolo.contracts.crm;

import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A client's status changed.
 * Nullable: none.
 */
@ContractPayload
public record ClientStatusChanged(
        UUID clientId,
        String number,
        String previousStatus,
        String status,
        Instant occurredAt) {

    public static final EventContract<ClientStatusChanged> CONTRACT =
            new EventContract<>("crm", "client", "ClientStatusChanged", 1, ClientStatusChanged.class);

    public ClientStatusChanged {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(previousStatus, "previousStatus");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
