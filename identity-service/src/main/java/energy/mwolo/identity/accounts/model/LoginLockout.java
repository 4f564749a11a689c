package energy.mwolo.identity.accounts.model;

import java.time.Instant;

/**
 * An account's brute-force state: wrong passwords since the last success or lock, locks since the last success,
 * and the end of the current lock if any. Immutable; each outcome gives the next state.
 */
public record LoginLockout(int failures, int consecutiveLocks, Instant lockedUntil) {

    public static final LoginLockout NONE = new LoginLockout(0, 0, null);

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** One more wrong password: at the policy's limit the account locks, and the failure count starts again. */
    public LoginLockout afterFailure(Instant now, LockoutPolicy policy) {
        int count = failures + 1;
        if (count < policy.maxFailures()) {
            return new LoginLockout(count, consecutiveLocks, lockedUntil);
        }
        int locks = consecutiveLocks + 1;
        return new LoginLockout(0, locks, now.plus(policy.lockDuration(locks)));
    }
}
