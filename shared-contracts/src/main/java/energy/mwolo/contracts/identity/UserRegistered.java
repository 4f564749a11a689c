package energy.mwolo.contracts.identity;

import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An account was created: by the person (self_registration), by an administrator, or at bootstrap.
 * Nullable: postName, phone, agencyId.
 */
@ContractPayload
public record UserRegistered(
        UUID userId,
        String email,
        String firstName,
        String lastName,
        String postName,
        String phone,
        String role,
        UUID agencyId,
        String origin,
        Instant occurredAt) {

    public static final EventContract<UserRegistered> CONTRACT =
            new EventContract<>("identity", "user", "UserRegistered", 1, UserRegistered.class);

    public UserRegistered {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
