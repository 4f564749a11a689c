package energy.mwolo.identity.authentication.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A single-use token, mailed to let the holder of an account set its password. Known by its hash only. */
public record PasswordToken(UUID userId, PasswordTokenPurpose purpose, Instant expiresAt, Instant usedAt) {

    public PasswordToken {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** @throws InvalidPasswordToken if it was used already or has expired */
    public void requireRedeemableAt(Instant now) {
        if (usedAt != null || !now.isBefore(expiresAt)) {
            throw new InvalidPasswordToken();
        }
    }
}
