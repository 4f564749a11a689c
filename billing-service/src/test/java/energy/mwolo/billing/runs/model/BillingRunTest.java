package energy.mwolo.billing.runs.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import energy.mwolo.billing.kernel.BillingPeriod;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BillingRunTest {

    private static final Instant START = Instant.parse("2026-04-01T02:00:00Z");

    private static BillingRun started() {
        return BillingRun.start(BillingPeriod.of(2026, 3), RunTrigger.SCHEDULE, "system", 10,
                LocalDate.of(2026, 4, 1), START);
    }

    private static RunItem item(RunItem.Outcome outcome) {
        return new RunItem(UUID.randomUUID(), "CT-2026-000001", outcome, "billing.consumption.missing", List.of());
    }

    @Test
    void eachBatchAddsToTheCountersAndBeats() {
        BillingRun run = started();

        run.record(new BatchOutcome(3, 2, List.of(item(RunItem.Outcome.FAILED), item(RunItem.Outcome.WAITING))),
                START.plusSeconds(5));

        assertThat(run.invoiced()).isEqualTo(3);
        assertThat(run.skipped()).isEqualTo(2);
        assertThat(run.failed()).isEqualTo(1);
        assertThat(run.waiting()).isEqualTo(1);
        assertThat(run.seen()).isEqualTo(7);
        assertThat(run.heartbeatAt()).isEqualTo(START.plusSeconds(5));
    }

    @Test
    void aRunWithoutHeartbeatForLongerThanAllowedIsStale() {
        BillingRun run = started();

        assertThat(run.isStale(START.plusSeconds(119), Duration.ofMinutes(2))).isFalse();
        assertThat(run.isStale(START.plusSeconds(121), Duration.ofMinutes(2))).isTrue();
        run.complete(START.plusSeconds(200));
        assertThat(run.isStale(START.plusSeconds(900), Duration.ofMinutes(2))).isFalse();
    }

    @Test
    void anEndedRunCountsNothingMoreAndEndsOnce() {
        BillingRun run = started();
        run.interrupt(START.plusSeconds(300));

        assertThat(run.status()).isEqualTo(RunStatus.INTERRUPTED);
        assertThatIllegalStateException().isThrownBy(() -> run.record(new BatchOutcome(1, 0, List.of()), START));
        assertThatIllegalStateException().isThrownBy(() -> run.complete(START));
    }
}
