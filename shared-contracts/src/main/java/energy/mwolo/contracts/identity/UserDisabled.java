package energy.mwolo.contracts.identity;

import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An account was disabled: it can no longer sign in nor refresh its tokens. Accounts are never deleted. */
@ContractPayload
public record UserDisabled(UUID userId, Instant occurredAt) {

    public static final EventContract<UserDisabled> CONTRACT =
            new EventContract<>("identity", "user", "UserDisabled", 1, UserDisabled.class);

    public UserDisabled {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
