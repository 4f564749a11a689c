package energy.mwolo.identity.authentication.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A refresh token as stored (by hash), with the state of its family. A token is used once: the answer to it holds
 * the next token of the same family. A token presented again means two parties hold it, so the family dies.
 */
public record RefreshToken(UUID familyId, UUID userId, Instant expiresAt, Instant spentAt, Instant familyRevokedAt) {

    public RefreshToken {
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public Presentation presentedAt(Instant now) {
        if (familyRevokedAt != null) {
            return Presentation.REVOKED;
        }
        if (spentAt != null) {
            return Presentation.REUSED;
        }
        return now.isBefore(expiresAt) ? Presentation.VALID : Presentation.EXPIRED;
    }

    /** What presenting a refresh token means. */
    public enum Presentation {
        /** Its first use, in time: answered with a new pair. */
        VALID,
        /** Used before: a copy is in other hands; the whole family is revoked. */
        REUSED,
        EXPIRED,
        /** Its family was ended by a logout, a reuse, a password change or a disabled account. */
        REVOKED
    }
}
