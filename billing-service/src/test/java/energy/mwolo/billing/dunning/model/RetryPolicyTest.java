package energy.mwolo.billing.dunning.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-03-20T08:00:00Z");
    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofMinutes(1), Duration.ofMinutes(5));

    @Test
    void eachFailedAttemptDoublesTheWaitUpToItsCeiling() {
        assertThat(policy.nextAttempt(1, NOW)).contains(NOW.plusSeconds(60));
        assertThat(policy.nextAttempt(2, NOW)).contains(NOW.plusSeconds(120));
        assertThat(policy.nextAttempt(3, NOW)).contains(NOW.plusSeconds(240));
        assertThat(policy.nextAttempt(4, NOW)).contains(NOW.plusSeconds(300));
    }

    @Test
    void theLastAttemptGivesUp() {
        assertThat(policy.nextAttempt(5, NOW)).isEmpty();
    }
}
