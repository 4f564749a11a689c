package energy.mwolo.crm.clients.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.crm.kernel.TransitionRefused;
import org.junit.jupiter.api.Test;

class ClientStatusTest {

    @Test
    void aProspectBecomesActiveThenMaySwitchBetweenActiveAndSuspended() {
        assertThat(ClientStatus.PROSPECT.moveTo(ClientStatus.ACTIVE)).isEqualTo(ClientStatus.ACTIVE);
        assertThat(ClientStatus.ACTIVE.moveTo(ClientStatus.SUSPENDED)).isEqualTo(ClientStatus.SUSPENDED);
        assertThat(ClientStatus.SUSPENDED.moveTo(ClientStatus.ACTIVE)).isEqualTo(ClientStatus.ACTIVE);
    }

    @Test
    void aProspectCannotBeSuspendedAndClosedIsFinal() {
        assertThatThrownBy(() -> ClientStatus.PROSPECT.moveTo(ClientStatus.SUSPENDED))
                .isInstanceOf(TransitionRefused.class);
        for (ClientStatus target : ClientStatus.values()) {
            assertThatThrownBy(() -> ClientStatus.CLOSED.moveTo(target)).isInstanceOf(TransitionRefused.class);
        }
    }
}
