package energy.mwolo.identity.authentication.model;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Password tokens, known by their SHA-256 hashes only. */
public interface PasswordTokens {

    void add(byte[] tokenHash, UUID userId, PasswordTokenPurpose purpose, Instant createdAt, Instant expiresAt);

    /** Locks the token until the transaction ends, so it cannot be redeemed twice concurrently. */
    Optional<PasswordToken> byHash(byte[] tokenHash);

    void markUsed(byte[] tokenHash, Instant now);

    /** Earlier unused tokens of the account stop working once a newer one is sent or one is redeemed. */
    void retireUnused(UUID userId, Instant now);

    int countCreatedSince(UUID userId, PasswordTokenPurpose purpose, Instant since);
}
