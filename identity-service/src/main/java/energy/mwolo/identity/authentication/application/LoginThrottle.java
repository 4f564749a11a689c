package energy.mwolo.identity.authentication.application;

import energy.mwolo.identity.accounts.model.LockoutPolicy;
import energy.mwolo.identity.authentication.model.AttemptLimiter;
import energy.mwolo.identity.authentication.model.TooManyAttempts;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The limits kept in memory, beside the account lockout kept in the database: failures per client address, and
 * failures per identifier that names no account. The second makes an unknown identifier behave like a locked
 * account, so the 429 that follows five failures reveals nothing about which accounts exist.
 */
@Component
class LoginThrottle {

    private static final int CAPACITY = 100_000;

    private final AttemptLimiter addresses;
    private final AttemptLimiter unknownIdentifiers;
    private final LockoutPolicy policy;

    LoginThrottle(LoginProperties properties) {
        this.addresses = new AttemptLimiter(properties.addressFailureLimit(), properties.addressWindow(), CAPACITY);
        this.unknownIdentifiers = new AttemptLimiter(properties.maxFailures(), properties.firstLock(), CAPACITY);
        this.policy = properties.lockoutPolicy();
    }

    LockoutPolicy lockoutPolicy() {
        return policy;
    }

    void checkAddress(String address, Instant now) {
        refuseIfBlocked(addresses.blockedFor(address, now));
    }

    void checkUnknownIdentifier(String identifier, Instant now) {
        refuseIfBlocked(unknownIdentifiers.blockedFor(normalize(identifier), now));
    }

    void addressFailed(String address, Instant now) {
        addresses.recordFailure(address, now);
    }

    void unknownIdentifierFailed(String identifier, Instant now) {
        unknownIdentifiers.recordFailure(normalize(identifier), now);
    }

    private static void refuseIfBlocked(Duration wait) {
        if (!wait.isZero() && !wait.isNegative()) {
            throw new TooManyAttempts(wait);
        }
    }

    private static String normalize(String identifier) {
        return identifier == null ? "" : identifier.strip().toLowerCase(Locale.ROOT);
    }
}
