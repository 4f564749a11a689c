package energy.mwolo.crm.contracts.model;

import energy.mwolo.crm.clients.model.TransitionRefused;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
