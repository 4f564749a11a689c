package energy.mwolo.contracts.identity;

import com.fasterxml.jackson.annotation.JsonProperty;
import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The account's email reached the sign-in ceiling: too many wrong passwords from every address together within a
 * window. It refuses nobody outright: until {@code lockedUntil}, addresses that have not signed in to the account
 * lately wait longer after a wrong password; the holder's usual addresses do not. An alert of a distributed guessing
 * attack. {@code consecutiveLocks} counts locks that came within a window of the previous one's end.
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
