package energy.mwolo.identity.accounts.model;

import java.time.Instant;

/**
 * The lock of a sign-in identifier that reached the ceiling (too many failures from every address together), and
 * how many such locks came in a row. A lock refuses nobody outright: until {@code lockedUntil}, addresses that have
 * not signed in with the identifier lately wait longer after a failure. An account shows the lock of its email.
 */
public record LoginLockout(int consecutiveLocks, Instant lockedUntil) {

    public static final LoginLockout NONE = new LoginLockout(0, null);

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
