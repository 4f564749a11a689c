package energy.mwolo.crm.contracts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.crm.kernel.TransitionRefused;
import org.junit.jupiter.api.Test;

class ContractStatusTest {

    @Test
    void runsFromDraftThroughActiveAndSuspendedToTerminated() {
        assertThat(ContractStatus.DRAFT.activate().suspend().activate().terminate())
                .isEqualTo(ContractStatus.TERMINATED);
    }

    @Test
    void refusesToSuspendADraftOrToLeaveTerminated() {
        assertThatThrownBy(ContractStatus.DRAFT::suspend).isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(ContractStatus.ACTIVE::activate).isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(ContractStatus.TERMINATED::activate).isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(ContractStatus.TERMINATED::terminate).isInstanceOf(TransitionRefused.class);
    }
}
