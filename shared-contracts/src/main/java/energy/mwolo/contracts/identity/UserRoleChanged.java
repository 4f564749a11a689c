package energy.mwolo.contracts.identity;

import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An account was given another role; its next access token carries the new role's permissions. */
@ContractPayload
public record UserRoleChanged(UUID userId, String previousRole, String role, Instant occurredAt) {

    public static final EventContract<UserRoleChanged> CONTRACT =
            new EventContract<>("identity", "user", "UserRoleChanged", 1, UserRoleChanged.class);

    public UserRoleChanged {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(previousRole, "previousRole");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
