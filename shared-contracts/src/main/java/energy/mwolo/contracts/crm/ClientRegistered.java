package energy.mwolo.contracts.crm;

import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A client was registered (by staff, a website lead or a self-registered account). Its full state.
 * Nullable: firstName, lastName, postName, companyName, phone, agencyId, preferredLanguage, userId.
 */
@ContractPayload
public record ClientRegistered(
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

    public static final EventContract<ClientRegistered> CONTRACT =
            new EventContract<>("crm", "client", "ClientRegistered", 1, ClientRegistered.class);

    public ClientRegistered {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
