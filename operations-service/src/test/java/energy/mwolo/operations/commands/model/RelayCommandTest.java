package energy.mwolo.operations.commands.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.operations.kernel.TransitionRefused;
import energy.mwolo.operations.meters.model.MeterId;
import energy.mwolo.operations.meters.model.MeterNumber;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RelayCommandTest {

    private static final Instant T0 = Instant.parse("2026-06-01T09:00:00Z");
    private static final CommandTiming TIMING = new CommandTiming(
            List.of(Duration.ofSeconds(30), Duration.ofMinutes(2)), Duration.ofHours(6));

    private static RelayCommand issued() {
        return RelayCommand.issue(UUID.randomUUID(), MeterId.newId(), new MeterNumber("MW-1"),
                CommandAction.DISCONNECT, "overdue", T0, TIMING);
    }

    @Test
    void anIssuedCommandIsDueAtOnceAndExpiresAfterItsLifetime() {
        RelayCommand command = issued();

        assertThat(command.isDue(T0)).isTrue();
        assertThat(command.expiresAt()).isEqualTo(T0.plus(Duration.ofHours(6)));
        assertThat(command.hasExpired(T0.plus(Duration.ofHours(6)).minusMillis(1))).isFalse();
        assertThat(command.hasExpired(T0.plus(Duration.ofHours(6)))).isTrue();
    }

    @Test
    void eachSendWaitsTheNextBackOffAndTheLastOneRepeats() {
        RelayCommand command = issued();

        command.sent(T0, TIMING);
        assertThat(command.nextAttemptAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(command.isDue(T0.plusSeconds(29))).isFalse();
        command.sent(T0.plusSeconds(30), TIMING);
        assertThat(command.nextAttemptAt()).isEqualTo(T0.plusSeconds(150));
        command.sent(T0.plusSeconds(150), TIMING);
        assertThat(command.nextAttemptAt()).isEqualTo(T0.plusSeconds(270));
        assertThat(command.attempts()).isEqualTo(3);
        assertThat(command.state()).isEqualTo(CommandState.SENT);
    }

    @Test
    void anExecutionReportedAfterTheCommandWasGivenUpStillCounts() {
        RelayCommand command = issued();
        command.cancel(T0.plusSeconds(5));

        command.executed(T0.plusSeconds(10));

        assertThat(command.state()).isEqualTo(CommandState.EXECUTED);
        assertThat(command.isDue(T0.plusSeconds(3600))).isFalse();
    }

    @Test
    void onlyAnOpenCommandFailsOrIsCancelled() {
        RelayCommand command = issued();
        command.failed(RelayCommand.Failure.EXPIRED, T0);

        assertThatThrownBy(() -> command.cancel(T0)).isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(() -> command.sent(T0, TIMING)).isInstanceOf(TransitionRefused.class);
        assertThat(command.failure()).isEqualTo(RelayCommand.Failure.EXPIRED);
    }

    @Test
    void fieldWorkIsNeverSent() {
        RelayCommand command = RelayCommand.fieldWork(UUID.randomUUID(), MeterId.newId(), new MeterNumber("MW-2"),
                CommandAction.RECONNECT, "paid", T0, UUID.randomUUID(), TIMING);

        assertThat(command.isDue(T0.plusSeconds(3600))).isFalse();
        assertThat(command.state()).isEqualTo(CommandState.FIELD_WORK);
    }

    @Test
    void aTimingNeedsPositiveWaitsAndLifetime() {
        assertThatThrownBy(() -> new CommandTiming(List.of(), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CommandTiming(List.of(Duration.ZERO), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CommandTiming(List.of(Duration.ofSeconds(1)), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
