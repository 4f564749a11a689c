package energy.mwolo.identity.accounts.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

    private final LockoutPolicy policy = LockoutPolicy.DEFAULT;
    private final Instant now = Instant.parse("2025-04-16T07:00:00Z");

    @Test
    void eachFurtherLockLastsTwiceAsLongUpToADay() {
        assertThat(policy.lockDuration(1)).isEqualTo(Duration.ofMinutes(15));
        assertThat(policy.lockDuration(2)).isEqualTo(Duration.ofMinutes(30));
        assertThat(policy.lockDuration(3)).isEqualTo(Duration.ofHours(1));
        assertThat(policy.lockDuration(7)).isEqualTo(Duration.ofHours(16));
        assertThat(policy.lockDuration(8)).isEqualTo(Duration.ofHours(24));
        assertThat(policy.lockDuration(1000)).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void fourWrongPasswordsDoNotLock() {
        LoginLockout lockout = failures(LoginLockout.NONE, 4);

        assertThat(lockout.isLocked(now)).isFalse();
        assertThat(lockout.failures()).isEqualTo(4);
    }

    @Test
    void theFifthWrongPasswordLocksForFifteenMinutesAndRestartsTheCount() {
        LoginLockout lockout = failures(LoginLockout.NONE, 5);

        assertThat(lockout.isLocked(now)).isTrue();
        assertThat(lockout.lockedUntil()).isEqualTo(now.plus(Duration.ofMinutes(15)));
        assertThat(lockout.failures()).isZero();
        assertThat(lockout.isLocked(now.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void fiveMoreFailuresAfterALockLockTwiceAsLong() {
        LoginLockout lockout = failures(failures(LoginLockout.NONE, 5), 5);

        assertThat(lockout.consecutiveLocks()).isEqualTo(2);
        assertThat(lockout.lockedUntil()).isEqualTo(now.plus(Duration.ofMinutes(30)));
    }

    private LoginLockout failures(LoginLockout start, int count) {
        LoginLockout lockout = start;
        for (int i = 0; i < count; i++) {
            lockout = lockout.afterFailure(now, policy);
        }
        return lockout;
    }
}
