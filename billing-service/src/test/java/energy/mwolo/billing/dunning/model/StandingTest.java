package energy.mwolo.billing.dunning.model;

import static energy.mwolo.billing.dunning.model.Standing.Decision.NOTHING;
import static energy.mwolo.billing.dunning.model.Standing.Decision.PUBLISH_SETTLED;
import static energy.mwolo.billing.dunning.model.Standing.Decision.RECORD_PROTECTED;
import static energy.mwolo.billing.dunning.model.Standing.Decision.REPORT_OVERDUE;
import static energy.mwolo.billing.dunning.model.Standing.Decision.SETTLE_QUIETLY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class StandingTest {

    @Test
    void theFinalStepReportsAContractOnceUntilItIsSettled() {
        assertThat(Standing.atFinalStep(Optional.empty(), false)).isEqualTo(REPORT_OVERDUE);
        assertThat(Standing.atFinalStep(Optional.of(Standing.REPORTED), false)).isEqualTo(NOTHING);
        assertThat(Standing.atFinalStep(Optional.of(Standing.SETTLED), false)).isEqualTo(REPORT_OVERDUE);
    }

    @Test
    void aProtectedSiteIsNeverReportedOnlyRecorded() {
        assertThat(Standing.atFinalStep(Optional.empty(), true)).isEqualTo(RECORD_PROTECTED);
        assertThat(Standing.atFinalStep(Optional.of(Standing.SETTLED), true)).isEqualTo(RECORD_PROTECTED);
        assertThat(Standing.atFinalStep(Optional.of(Standing.PROTECTED), true)).isEqualTo(NOTHING);
    }

    @Test
    void aReportedContractIsSettledOnceWhenNothingOverdueIsLeft() {
        assertThat(Standing.afterBalanceChange(Optional.of(Standing.REPORTED), true)).isEqualTo(NOTHING);
        assertThat(Standing.afterBalanceChange(Optional.of(Standing.REPORTED), false)).isEqualTo(PUBLISH_SETTLED);
        assertThat(Standing.afterBalanceChange(Optional.of(Standing.SETTLED), false)).isEqualTo(NOTHING);
    }

    @Test
    void aContractNeverReportedHasNothingToSettle() {
        assertThat(Standing.afterBalanceChange(Optional.empty(), false)).isEqualTo(NOTHING);
        assertThat(Standing.afterBalanceChange(Optional.of(Standing.PROTECTED), false)).isEqualTo(SETTLE_QUIETLY);
    }
}
