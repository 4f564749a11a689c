package energy.mwolo.identity.accounts.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The default numbers, and what they allow an address that guesses as fast as it may. */
class ThrottlePolicyTest {

    private static final Instant NOW = Instant.parse("2025-04-16T07:00:00Z");
    private final ThrottlePolicy policy = ThrottlePolicy.DEFAULT;

    @Test
    void theFifthFailureInARowWaitsAMinuteAndEachFurtherOneTwiceAsLongUpToAnHour() {
        WaitPolicy waits = policy.waits();

        assertThat(waits.waitAfter(4)).isZero();
        assertThat(waits.waitAfter(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(waits.waitAfter(6)).isEqualTo(Duration.ofMinutes(2));
        assertThat(waits.waitAfter(10)).isEqualTo(Duration.ofMinutes(32));
        assertThat(waits.waitAfter(11)).isEqualTo(Duration.ofHours(1));
        assertThat(waits.waitAfter(1_000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void oneAddressGuessesTenTimesInItsFirstHourAndAboutThirtyThreeTimesADay() {
        List<Instant> guesses = guessesOfOneAddress(identifierNeverLocked(), AddressStreak.NONE, Duration.ofDays(1));

        assertThat(guesses).filteredOn(at -> at.isBefore(NOW.plus(Duration.ofHours(1)))).hasSize(10);
        assertThat(guesses).hasSize(33);
        assertThat(guesses.size()).as("one address alone never reaches the ceiling")
                .isLessThan(policy.ceiling().failures());
    }

    @Test
    void atTheCeilingAnAddressThatNeverSignedInWaitsAfterItsFirstFailure() {
        IdentifierFailures locked = new IdentifierFailures(null, 0, new LoginLockout(1, NOW.plus(Duration.ofDays(1))));
        AddressStreak once = AddressStreak.NONE.afterFailure(NOW, policy.forgetAfter());

        assertThat(policy.waitBefore(locked, AddressStreak.NONE, NOW)).as("its first try").isZero();
        assertThat(policy.waitBefore(locked, once, NOW)).isEqualTo(Duration.ofMinutes(15));
        assertThat(guessesOfOneAddress(locked, AddressStreak.NONE, Duration.ofDays(1))).hasSize(7);
    }

    @Test
    void atTheCeilingAnAddressTheOwnerSignedInFromKeepsTheUsualWaits() {
        IdentifierFailures locked = new IdentifierFailures(null, 0, new LoginLockout(1, NOW.plus(Duration.ofDays(1))));
        AddressStreak familiar = AddressStreak.NONE.afterSuccess(NOW.minus(Duration.ofDays(29)));
        AddressStreak stale = AddressStreak.NONE.afterSuccess(NOW.minus(Duration.ofDays(30)));

        assertThat(policy.waitBefore(locked, failures(familiar, 4), NOW)).isZero();
        assertThat(policy.waitBefore(locked, failures(stale, 1), NOW)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void failuresInARowAreForgottenADayAfterTheLastAndEndWithASuccess() {
        AddressStreak five = failures(AddressStreak.NONE, 5);

        assertThat(policy.waitBefore(identifierNeverLocked(), five, NOW.plus(Duration.ofHours(24)))).isZero();
        assertThat(five.afterFailure(NOW.plus(Duration.ofHours(24)), policy.forgetAfter()).failures()).isEqualTo(1);
        assertThat(five.afterSuccess(NOW).failures()).isZero();
    }

    @Test
    void aWaitRunsFromTheLastFailure() {
        AddressStreak five = failures(AddressStreak.NONE, 5);

        assertThat(policy.waitBefore(identifierNeverLocked(), five, NOW.plusSeconds(20)))
                .isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void anAttemptThatReadTheClockBeforeAConcurrentFailureWasCountedIsJudgedAsComingRightAfterIt() {
        Instant readEarlier = NOW.minusMillis(20);

        assertThat(policy.waitBefore(identifierNeverLocked(), failures(AddressStreak.NONE, 4), readEarlier))
                .as("not refused before the fifth failure").isZero();
        assertThat(policy.waitBefore(identifierNeverLocked(), failures(AddressStreak.NONE, 5), readEarlier))
                .as("made to wait no longer than a minute").isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aFailureCountedAfterALaterOneDoesNotMoveTheStreakBackInTime() {
        AddressStreak five = failures(AddressStreak.NONE, 4).afterFailure(NOW.minusMillis(20), policy.forgetAfter());

        assertThat(five.lastFailureAt()).isEqualTo(NOW);
        assertThat(policy.waitBefore(identifierNeverLocked(), five, NOW.plusSeconds(59)))
                .isEqualTo(Duration.ofSeconds(1));
    }

    /** Every moment an address may guess within {@code span}, trying again as soon as its wait ends. */
    private List<Instant> guessesOfOneAddress(IdentifierFailures identifier, AddressStreak start, Duration span) {
        List<Instant> guesses = new ArrayList<>();
        AddressStreak streak = start;
        Instant at = NOW;
        while (at.isBefore(NOW.plus(span))) {
            Duration wait = policy.waitBefore(identifier, streak, at);
            if (wait.isZero()) {
                guesses.add(at);
                streak = streak.afterFailure(at, policy.forgetAfter());
            } else {
                at = at.plus(wait);
            }
        }
        return guesses;
    }

    private static IdentifierFailures identifierNeverLocked() {
        return IdentifierFailures.NONE;
    }

    private AddressStreak failures(AddressStreak start, int count) {
        AddressStreak streak = start;
        for (int i = 0; i < count; i++) {
            streak = streak.afterFailure(NOW, policy.forgetAfter());
        }
        return streak;
    }
}
