package energy.mwolo.identity.accounts.model;

import java.time.Instant;

/**
 * Failures of one identifier from every address, in the window that began with the first of them, and its lock: once
 * the ceiling is reached the identifier is locked for a while (addresses that never signed in to it wait longer) and
 * the count starts again. Locks in a row are counted while each comes within a window of the previous one's end.
 * Immutable; each failure gives the next state.
 */
public record IdentifierFailures(Instant windowStartedAt, int failures, LoginLockout lockout) {

    public static final IdentifierFailures NONE = new IdentifierFailures(null, 0, LoginLockout.NONE);

    public IdentifierFailures {
        if (failures < 0 || (failures > 0 && windowStartedAt == null)) {
            throw new IllegalArgumentException("failures need the start of their window");
        }
        lockout = lockout == null ? LoginLockout.NONE : lockout;
    }

    public boolean isLocked(Instant now) {
        return lockout.isLocked(now);
    }

    public IdentifierFailures afterFailure(Instant now, CeilingPolicy ceiling) {
        boolean windowOver = windowStartedAt == null || !now.isBefore(windowStartedAt.plus(ceiling.window()));
        int count = (windowOver ? 0 : failures) + 1;
        Instant started = windowOver ? now : windowStartedAt;
        if (count < ceiling.failures()) {
            return new IdentifierFailures(started, count, lockout);
        }
        Instant previousEnd = lockout.lockedUntil();
        boolean inARow = previousEnd != null && now.isBefore(previousEnd.plus(ceiling.window()));
        return new IdentifierFailures(null, 0,
                new LoginLockout(inARow ? lockout.consecutiveLocks() + 1 : 1, now.plus(ceiling.lockedFor())));
    }

    /** True when going from {@code before} to this state reached the ceiling. */
    public boolean lockedSince(IdentifierFailures before) {
        return !lockout.equals(before.lockout) && lockout.lockedUntil() != null;
    }
}
