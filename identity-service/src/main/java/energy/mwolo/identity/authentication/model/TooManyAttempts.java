package energy.mwolo.identity.authentication.model;

import java.time.Duration;

/**
 * Sign-ins are refused for a while: the account is locked, or this address or identifier failed too often. Not a
 * {@code DomainException}: it answers 429 with {@code Retry-After}, which the platform's error kinds do not have.
 */
public class TooManyAttempts extends RuntimeException {

    private final Duration retryAfter;

    public TooManyAttempts(Duration retryAfter) {
        super("auth.too_many_attempts", null, false, false);
        this.retryAfter = retryAfter.isNegative() ? Duration.ZERO : retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, rounded up, at least one. */
    public long retryAfterSeconds() {
        long seconds = retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
