package energy.mwolo.hr.payroll.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PayrollRunTest {

    private static final UUID HR = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-03-31T10:00:00Z");

    private final PayrollRun run = PayrollRun.draft(PayrollRunId.newId(), RunScope.COMPANY, PayrollFixtures.MARCH,
            PayrollFixtures.RATE, List.of());

    @Test
    void validatingADraftFreezesItAndRecordsOneEvent() {
        run.validate(HR, NOW);

        assertThat(run.status()).isEqualTo(RunStatus.VALIDATED);
        assertThat(run.pullEvents()).containsExactly(new PayrollEvent.Validated(HR, NOW));
        assertThat(run.pullEvents()).isEmpty();
    }

    @Test
    void validatingTwiceIsRefusedAndRecordsNothing() {
        run.validate(HR, NOW);
        run.pullEvents();

        assertThatThrownBy(() -> run.validate(HR, NOW)).isInstanceOf(RunTransitionRefused.class);
        assertThat(run.pullEvents()).isEmpty();
    }

    @Test
    void aValidatedRunCannotBeRecomputed() {
        run.validate(HR, NOW);

        assertThatThrownBy(() -> run.recompute(PayrollFixtures.RATE, List.of()))
                .isInstanceOf(RunTransitionRefused.class);
    }

    @Test
    void onlyAValidatedRunIsPaid() {
        assertThatThrownBy(() -> run.markPaid(HR, NOW)).isInstanceOf(RunTransitionRefused.class);

        run.validate(HR, NOW);
        run.markPaid(HR, NOW);

        assertThat(run.status()).isEqualTo(RunStatus.PAID);
        assertThatThrownBy(() -> run.markPaid(HR, NOW)).isInstanceOf(RunTransitionRefused.class);
    }

    @Test
    void aCompanyRunOverlapsEveryAgencyRunAndAgenciesDoNotOverlapEachOther() {
        RunScope limete = new RunScope(UUID.randomUUID());

        assertThat(RunScope.COMPANY.overlaps(limete)).isTrue();
        assertThat(limete.overlaps(RunScope.COMPANY)).isTrue();
        assertThat(limete.overlaps(new RunScope(UUID.randomUUID()))).isFalse();
        assertThat(limete.overlaps(new RunScope(limete.agency()))).isTrue();
    }
}
