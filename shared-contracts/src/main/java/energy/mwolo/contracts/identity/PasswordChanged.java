package energy.mwolo.contracts.identity;

import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The account's password changed. {@code method}: change (the person gave the old one), reset (through a mailed
 * token), invitation (first password of an account an administrator created). Never the password nor its hash.
 */
@ContractPayload
public record PasswordChanged(UUID userId, String method, Instant occurredAt) {

    public static final EventContract<PasswordChanged> CONTRACT =
            new EventContract<>("identity", "user", "PasswordChanged", 1, PasswordChanged.class);

    public PasswordChanged {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
