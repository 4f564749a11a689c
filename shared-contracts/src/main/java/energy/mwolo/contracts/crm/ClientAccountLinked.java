package energy.mwolo.contracts.crm;

import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A staff member tied an online account to this client by hand, vouching for the person: the account acts for the
 * client from now on, even when its email differs from the client's. {@code linkedBy} is the staff member's
 * account id (also the event's {@code ce_actor}). A ClientUpdated with the same state follows it.
 */
@ContractPayload
public record ClientAccountLinked(
        UUID clientId,
        String number,
        String email,
        UUID userId,
        UUID linkedBy,
        Instant occurredAt) {

    public static final EventContract<ClientAccountLinked> CONTRACT =
            new EventContract<>("crm", "client", "ClientAccountLinked", 1, ClientAccountLinked.class);

    public ClientAccountLinked {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(linkedBy, "linkedBy");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
