package energy.mwolo.identity.authentication.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A refresh token as stored (by hash), with the state of its family. A token is used once: the answer to it holds
 * the next token of the same family, which is also kept (encrypted) for a short grace, so that the same token
 * presented again within it (two tabs, a retry after a lost answer) gets the same pair. Presented again after it,
 * two parties hold the token: the family dies. A family also ends at its absolute expiry, however often refreshed.
 */
public record RefreshToken(UUID familyId, UUID userId, Instant expiresAt, Instant spentAt, Instant successorKeptUntil,
                           Instant familyExpiresAt, Instant familyRevokedAt) {

    public RefreshToken {
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(familyExpiresAt, "familyExpiresAt");
    }

    public Presentation presentedAt(Instant now) {
        if (familyRevokedAt != null) {
            return Presentation.REVOKED;
        }
        if (!now.isBefore(familyExpiresAt)) {
            return Presentation.FAMILY_EXPIRED;
        }
        if (spentAt != null) {
            return successorKeptUntil != null && now.isBefore(successorKeptUntil)
                    ? Presentation.RETRIED : Presentation.REUSED;
        }
        return now.isBefore(expiresAt) ? Presentation.VALID : Presentation.EXPIRED;
    }

    /** What presenting a refresh token means. */
    public enum Presentation {
        /** Its first use, in time: answered with a new pair. */
        VALID,
        /** Used moments ago, within the grace: answered with the pair its first use got. */
        RETRIED,
        /** Used before, past the grace: a copy is in other hands; the whole family is revoked. */
        REUSED,
        EXPIRED,
        /** The family reached its absolute expiry: it ends, and its holder signs in again. */
        FAMILY_EXPIRED,
        /** Its family was ended by a logout, a reuse, a password change, a disabled account or its expiry. */
        REVOKED
    }
}
