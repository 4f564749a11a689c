package energy.mwolo.identity.registration.model;

import energy.mwolo.identity.accounts.model.EmailAddress;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Confirmation links, known by their SHA-256 hashes only. */
public interface ConfirmationTokens {

    void add(byte[] tokenHash, UUID userId, EmailAddress email, ConfirmationPurpose purpose, Instant createdAt,
             Instant expiresAt);

    /** Locks the link until the transaction ends, so it cannot be used twice concurrently. */
    Optional<ConfirmationToken> byHash(byte[] tokenHash);

    void markUsed(byte[] tokenHash, Instant now);

    /** Earlier unused links of the account for {@code purpose} stop working: only the newest one confirms. */
    void retireUnused(UUID userId, ConfirmationPurpose purpose, Instant now);

    int countCreatedSince(UUID userId, ConfirmationPurpose purpose, Instant since);
}
