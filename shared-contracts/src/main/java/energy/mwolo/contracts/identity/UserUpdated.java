package energy.mwolo.contracts.identity;

import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An account's profile, links or status changed: its whole new state, so a consumer needs no earlier event.
 * Nullable: postName, phone, agencyId, clientId, employeeId.
 */
@ContractPayload
public record UserUpdated(
        UUID userId,
        String email,
        String firstName,
        String lastName,
        String postName,
        String phone,
        String role,
        UUID agencyId,
        UUID clientId,
        UUID employeeId,
        String status,
        Instant occurredAt) {

    public static final EventContract<UserUpdated> CONTRACT =
            new EventContract<>("identity", "user", "UserUpdated", 1, UserUpdated.class);

    public UserUpdated {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
