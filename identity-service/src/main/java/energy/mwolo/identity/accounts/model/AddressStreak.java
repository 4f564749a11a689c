package energy.mwolo.identity.accounts.model;

import java.time.Duration;
import java.time.Instant;

/**
 * One identifier typed from one client address: failures in a row since the last success there, when the last of
 * them happened, and when that address last signed in with it. Immutable; each outcome gives the next state.
 * <p>
 * Attempts read the clock before they take the streak, so one may arrive with a time earlier than a failure a
 * concurrent attempt has just counted (or another replica's clock may run a little behind). Such an attempt is
 * judged as coming right after that failure: time never runs backwards in a streak, so it neither waits when the
 * failures so far cost nothing nor waits longer than the policy says.
 */
public record AddressStreak(int failures, Instant lastFailureAt, Instant lastSuccessAt) {

    public static final AddressStreak NONE = new AddressStreak(0, null, null);

    public AddressStreak {
        if (failures < 0 || (failures > 0) != (lastFailureAt != null)) {
            throw new IllegalArgumentException("failures need the time of the last one, and only they do");
        }
    }

    /** The streak as it stands at {@code now}: failures older than {@code forgetAfter} are forgotten. */
    public AddressStreak current(Instant now, Duration forgetAfter) {
        if (failures > 0 && !now.isBefore(lastFailureAt.plus(forgetAfter))) {
            return new AddressStreak(0, null, lastSuccessAt);
        }
        return this;
    }

    public Duration waitAt(Instant now, WaitPolicy policy) {
        if (failures == 0) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(notBeforeLastFailure(now), lastFailureAt.plus(policy.waitAfter(failures)));
        return left.isNegative() ? Duration.ZERO : left;
    }

    public AddressStreak afterFailure(Instant now, Duration forgetAfter) {
        return new AddressStreak(current(now, forgetAfter).failures + 1, notBeforeLastFailure(now), lastSuccessAt);
    }

    public AddressStreak afterSuccess(Instant now) {
        return new AddressStreak(0, null, now);
    }

    /** True when this address signed in with the identifier within {@code familiarFor}. */
    public boolean isFamiliar(Instant now, Duration familiarFor) {
        return lastSuccessAt != null && now.isBefore(lastSuccessAt.plus(familiarFor));
    }

    private Instant notBeforeLastFailure(Instant now) {
        return lastFailureAt != null && now.isBefore(lastFailureAt) ? lastFailureAt : now;
    }
}
