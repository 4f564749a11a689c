package energy.mwolo.identity.authentication.model;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Refresh tokens, known by their SHA-256 hashes only, grouped in families (one per sign-in). */
public interface RefreshTokens {

    /** Locks the token's family until the transaction ends: concurrent uses of one family apply one at a time. */
    Optional<RefreshToken> byHash(byte[] tokenHash);

    UUID openFamily(UUID userId, Instant now);

    void add(byte[] tokenHash, UUID familyId, Instant issuedAt, Instant expiresAt);

    void spend(byte[] tokenHash, Instant now);

    void revokeFamily(UUID familyId, RevocationReason reason, Instant now);

    void revokeAllOf(UUID userId, RevocationReason reason, Instant now);

    /** Forgets tokens expired before {@code before}, and families left with none. */
    int purgeExpired(Instant before);
}
