package energy.mwolo.contracts.identity;

import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Someone signed in with the account's password. Nullable: clientIp. */
@ContractPayload
public record LoginSucceeded(UUID userId, String clientIp, Instant occurredAt) {

    public static final EventContract<LoginSucceeded> CONTRACT =
            new EventContract<>("identity", "user", "LoginSucceeded", 1, LoginSucceeded.class);

    public LoginSucceeded {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
