package energy.mwolo.contracts.identity;

import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A sign-in was refused. {@code reason}: unknown_account (then there is no userId, and the identifier typed is not
 * recorded: people type passwords into it), wrong_password, account_disabled; account_locked is no longer emitted (a
 * throttled attempt is answered before the account is looked up) and stays valid for events published before.
 * Nullable: userId, clientIp.
 */
@ContractPayload
public record LoginFailed(UUID userId, String reason, String clientIp, Instant occurredAt) {

    public static final EventContract<LoginFailed> CONTRACT =
            new EventContract<>("identity", "user", "LoginFailed", 1, LoginFailed.class);

    public LoginFailed {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
