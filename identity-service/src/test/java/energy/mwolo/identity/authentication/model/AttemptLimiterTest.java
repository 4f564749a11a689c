package energy.mwolo.identity.authentication.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class AttemptLimiterTest {

    private static final Instant NOW = Instant.parse("2025-04-16T07:00:00Z");
    private final AttemptLimiter limiter = new AttemptLimiter(3, Duration.ofMinutes(15), 2);

    @Test
    void refusesAKeyOnceItReachesTheLimitUntilItsOldestFailureLeavesTheWindow() {
        limiter.recordFailure("41.243.12.7", NOW);
        limiter.recordFailure("41.243.12.7", NOW.plusSeconds(60));
        assertThat(limiter.blockedFor("41.243.12.7", NOW.plusSeconds(61))).isZero();

        limiter.recordFailure("41.243.12.7", NOW.plusSeconds(120));

        assertThat(limiter.blockedFor("41.243.12.7", NOW.plusSeconds(120))).isEqualTo(Duration.ofMinutes(13));
        assertThat(limiter.blockedFor("41.243.12.7", NOW.plus(Duration.ofMinutes(15)))).isZero();
    }

    @Test
    void keysAreCountedApart() {
        for (int i = 0; i < 3; i++) {
            limiter.recordFailure("a", NOW);
        }

        assertThat(limiter.blockedFor("b", NOW)).isZero();
    }

    @Test
    void forgetsTheLeastRecentlyFailedKeyBeyondItsCapacity() {
        for (int i = 0; i < 3; i++) {
            limiter.recordFailure("first", NOW);
        }
        limiter.recordFailure("second", NOW);
        limiter.recordFailure("third", NOW);

        assertThat(limiter.blockedFor("first", NOW)).isZero();
    }

    @Test
    void aFailureTakenBackNoLongerCounts() {
        limiter.recordFailure("a", NOW);
        limiter.recordFailure("a", NOW.plusSeconds(1));
        limiter.recordFailure("a", NOW.plusSeconds(2));

        limiter.forgetFailure("a", NOW.plusSeconds(1));

        assertThat(limiter.blockedFor("a", NOW.plusSeconds(2))).isZero();
    }

    @Test
    void attemptsAtOnceFromOneKeyPassNoMoreThanTheLimit() throws Exception {
        limiter.recordFailure("a", NOW);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Duration>> attempts = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            attempts.add(() -> {
                start.await();
                return limiter.admit("a", NOW.plusSeconds(1));
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Duration>> answers = new ArrayList<>();
            for (Callable<Duration> attempt : attempts) {
                answers.add(pool.submit(attempt));
            }
            start.countDown();
            int admitted = 0;
            for (Future<Duration> answer : answers) {
                admitted += answer.get().isZero() ? 1 : 0;
            }

            assertThat(admitted).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anAttemptAdmittedCountsAsAFailureUntilTakenBack() {
        assertThat(limiter.admit("a", NOW)).isZero();
        assertThat(limiter.admit("a", NOW.plusSeconds(1))).isZero();
        assertThat(limiter.admit("a", NOW.plusSeconds(2))).isZero();
        assertThat(limiter.admit("a", NOW.plusSeconds(3))).isEqualTo(Duration.ofMinutes(15).minusSeconds(3));

        limiter.forgetFailure("a", NOW.plusSeconds(2));

        assertThat(limiter.admit("a", NOW.plusSeconds(3))).isZero();
    }

    @Test
    void aRetryAfterIsWholeSecondsRoundedUp() {
        assertThat(new TooManyAttempts(Duration.ofMillis(1500)).retryAfterSeconds()).isEqualTo(2);
        assertThat(new TooManyAttempts(Duration.ZERO).retryAfterSeconds()).isEqualTo(1);
    }
}
