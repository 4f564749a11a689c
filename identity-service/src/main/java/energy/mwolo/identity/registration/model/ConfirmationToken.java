package energy.mwolo.identity.registration.model;

import energy.mwolo.identity.accounts.model.EmailAddress;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A single-use link mailed to {@code email} to confirm it for an account. Known by its hash only; a newer link for
 * the same account and purpose ends it (its expiry is brought forward).
 */
public record ConfirmationToken(UUID userId, EmailAddress email, ConfirmationPurpose purpose, Instant expiresAt,
                                Instant usedAt) {

    public ConfirmationToken {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** @throws ConfirmationLinkGone if it was used already, has expired or was replaced by a newer one */
    public void requireRedeemableAt(Instant now) {
        if (usedAt != null) {
            throw ConfirmationLinkGone.used();
        }
        if (!now.isBefore(expiresAt)) {
            throw ConfirmationLinkGone.expired();
        }
    }
}
