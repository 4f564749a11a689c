package energy.mwolo.identity.accounts.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IdentifierFailuresTest {

    private static final Instant NOW = Instant.parse("2025-04-16T07:00:00Z");
    private final CeilingPolicy ceiling = ThrottlePolicy.DEFAULT.ceiling();

    @Test
    void ninetyNineFailuresInADayLockNothing() {
        IdentifierFailures failures = failures(IdentifierFailures.NONE, 99, NOW);

        assertThat(failures.isLocked(NOW)).isFalse();
        assertThat(failures.failures()).isEqualTo(99);
    }

    @Test
    void theHundredthLocksForADayAndTheCountStartsAgain() {
        IdentifierFailures before = failures(IdentifierFailures.NONE, 99, NOW);
        IdentifierFailures after = before.afterFailure(NOW.plusSeconds(5), ceiling);

        assertThat(after.lockedSince(before)).isTrue();
        assertThat(after.lockout()).isEqualTo(new LoginLockout(1, NOW.plusSeconds(5).plus(Duration.ofHours(24))));
        assertThat(after.failures()).isZero();
        assertThat(after.afterFailure(NOW.plusSeconds(6), ceiling).lockedSince(after)).isFalse();
    }

    @Test
    void theWindowStartsWithItsFirstFailureAndEndsADayLater() {
        IdentifierFailures yesterday = failures(IdentifierFailures.NONE, 99, NOW);

        IdentifierFailures today = yesterday.afterFailure(NOW.plus(Duration.ofHours(24)), ceiling);

        assertThat(today.isLocked(NOW.plus(Duration.ofHours(24)))).isFalse();
        assertThat(today.failures()).isEqualTo(1);
        assertThat(today.windowStartedAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));
    }

    @Test
    void aLockWithinADayOfThePreviousOnesEndCountsInARow() {
        IdentifierFailures first = failures(IdentifierFailures.NONE, 100, NOW);
        IdentifierFailures second = failures(first, 100, NOW.plus(Duration.ofHours(47)));
        IdentifierFailures later = failures(first, 100, NOW.plus(Duration.ofHours(48)));

        assertThat(second.lockout().consecutiveLocks()).isEqualTo(2);
        assertThat(later.lockout().consecutiveLocks()).isEqualTo(1);
    }

    private IdentifierFailures failures(IdentifierFailures start, int count, Instant at) {
        IdentifierFailures failures = start;
        for (int i = 0; i < count; i++) {
            failures = failures.afterFailure(at, ceiling);
        }
        return failures;
    }
}
