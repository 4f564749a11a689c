package energy.mwolo.identity.authentication.model;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Refresh tokens, known by their SHA-256 hashes only, grouped in families (one per sign-in). */
public interface RefreshTokens {

    /**
     * Locks the token until the transaction ends, then reads it with its family as committed by then: concurrent
     * uses of one token apply one after the other, the second seeing what the first did.
     */
    Optional<RefreshToken> byHash(byte[] tokenHash);

    UUID openFamily(UUID userId, Instant now, Instant expiresAt);

    void add(byte[] tokenHash, UUID familyId, Instant issuedAt, Instant expiresAt);

    /** Spends the token, keeping the pair it was answered with, encrypted, until {@code keptUntil}. */
    void spend(byte[] tokenHash, Instant now, Successor successor, Instant keptUntil);

    /** The pair the token was answered with, while it is kept. */
    Optional<Successor> keptSuccessor(byte[] tokenHash, Instant now);

    /** Ends the family; the pairs kept for its tokens are forgotten. */
    void revokeFamily(UUID familyId, RevocationReason reason, Instant now);

    void revokeAllOf(UUID userId, RevocationReason reason, Instant now);

    /** Forgets the pairs whose grace ended before {@code now}. */
    int forgetSuccessors(Instant now);

    /** Forgets tokens expired before {@code before}, and families left with none. */
    int purgeExpired(Instant before);
}
