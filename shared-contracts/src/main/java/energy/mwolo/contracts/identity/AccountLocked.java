package energy.mwolo.contracts.identity;

import com.fasterxml.jackson.annotation.JsonProperty;
import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Too many wrong passwords in a row: the account refuses sign-ins until {@code lockedUntil}. Each further lock
 * without a successful sign-in in between lasts twice as long (up to 24 hours): {@code consecutiveLocks} counts them.
 */
@ContractPayload
public record AccountLocked(
        UUID userId,
        Instant lockedUntil,
        // A missing primitive would silently read as 0.
        @JsonProperty(required = true) int consecutiveLocks,
        Instant occurredAt) {

    public static final EventContract<AccountLocked> CONTRACT =
            new EventContract<>("identity", "user", "AccountLocked", 1, AccountLocked.class);

    public AccountLocked {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(lockedUntil, "lockedUntil");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
