package energy.mwolo.audit.checkpoints.model;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.audit.log.model.ChainHead;
import energy.mwolo.audit.log.model.Hash;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CheckpointPolicyTest {

    private static final CheckpointPolicy POLICY = new CheckpointPolicy(100, Duration.ofMinutes(5));
    private static final Instant T0 = Instant.parse("2026-05-01T08:00:00Z");
    private static final Optional<Checkpoint> LAST = Optional.of(
            Checkpoint.sign(1, new ChainHead(500, Hash.GENESIS), T0, SigningKey.generate()));

    @Test
    void theFirstCheckpointIsDueAsSoonAsTheChainHasAnEntry() {
        assertThat(POLICY.due(0, Optional.empty(), T0)).isFalse();
        assertThat(POLICY.due(1, Optional.empty(), T0)).isTrue();
    }

    @Test
    void aCheckpointIsDueAfterEnoughEventsOrAfterTheIntervalIfTheChainGrew() {
        assertThat(POLICY.due(599, LAST, T0.plusSeconds(10))).isFalse();
        assertThat(POLICY.due(600, LAST, T0.plusSeconds(10))).isTrue();
        assertThat(POLICY.due(501, LAST, T0.plus(Duration.ofMinutes(5)))).isTrue();
        assertThat(POLICY.due(500, LAST, T0.plus(Duration.ofHours(1)))).as("nothing new to sign").isFalse();
    }
}
