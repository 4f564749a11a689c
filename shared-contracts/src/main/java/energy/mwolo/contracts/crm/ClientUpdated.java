package energy.mwolo.contracts.crm;

import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A client's details changed. Its full state after the change.
 * Nullable: firstName, lastName, postName, companyName, phone, agencyId, preferredLanguage, userId.
 */
@ContractPayload
public record ClientUpdated(
        UUID clientId,
        String number,
        String kind,
        String firstName,
        String lastName,
        String postName,
        String companyName,
        String email,
        String phone,
        UUID agencyId,
        String status,
        String preferredLanguage,
        UUID userId,
        Instant occurredAt) {

    public static final EventContract<ClientUpdated> CONTRACT =
            new EventContract<>("crm", "client", "ClientUpdated", 1, ClientUpdated.class);

    public ClientUpdated {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
