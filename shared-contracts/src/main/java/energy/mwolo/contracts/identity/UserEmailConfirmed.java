package energy.mwolo.contracts.identity;

import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The account's email is now known to belong to its holder. {@code reason}: registration (the mailed link, with
 * the password), email_change (a new address, confirmed the same way, now the account's), password_reset or
 * invitation (a mailed password link proves the mailbox too), administrator (an administrator created the account
 * with a password, or the environment's bootstrap did). Only from this event may another service tie the account to
 * records found by that email. Carries the account's profile, so a consumer needs no earlier event.
 * Nullable: postName, phone, agencyId, clientId (the client the account is already tied to).
 */
@ContractPayload
public record UserEmailConfirmed(
        UUID userId,
        String email,
        String reason,
        String role,
        String firstName,
        String lastName,
        String postName,
        String phone,
        UUID agencyId,
        UUID clientId,
        Instant occurredAt) {

    public static final EventContract<UserEmailConfirmed> CONTRACT =
            new EventContract<>("identity", "user", "UserEmailConfirmed", 1, UserEmailConfirmed.class);

    public UserEmailConfirmed {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
