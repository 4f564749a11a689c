package energy.mwolo.operations.meters.model;

import static energy.mwolo.operations.meters.model.RelayState.CONNECTED;
import static energy.mwolo.operations.meters.model.RelayState.DISCONNECTED;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The relay's machine, cell by cell, as RelayState's table states it. */
class RelayStateTest {

    @ParameterizedTest(name = "{0} + disconnect request -> {1}")
    @CsvSource({
            "CONNECTED, DISCONNECT_REQUESTED",
            "DISCONNECT_REQUESTED, DISCONNECT_REQUESTED",
            "DISCONNECTED, DISCONNECTED",
            "RECONNECT_REQUESTED, DISCONNECT_REQUESTED"})
    void aDisconnectRequestCutsWhatIsOrIsAboutToBeConnected(RelayState from, RelayState to) {
        assertThat(from.afterDisconnectRequest()).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0} + reconnect request -> {1}")
    @CsvSource({
            "CONNECTED, CONNECTED",
            "DISCONNECT_REQUESTED, RECONNECT_REQUESTED",
            "DISCONNECTED, RECONNECT_REQUESTED",
            "RECONNECT_REQUESTED, RECONNECT_REQUESTED"})
    void aReconnectRequestWhileADisconnectIsPendingStillNeedsAReconnectCommand(RelayState from, RelayState to) {
        assertThat(from.afterReconnectRequest()).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0} + reported {1} -> {2}")
    @CsvSource({
            "CONNECTED, OPEN, DISCONNECTED",
            "CONNECTED, CLOSED, CONNECTED",
            "DISCONNECT_REQUESTED, OPEN, DISCONNECTED",
            "DISCONNECT_REQUESTED, CLOSED, DISCONNECT_REQUESTED",
            "DISCONNECTED, OPEN, DISCONNECTED",
            "DISCONNECTED, CLOSED, CONNECTED",
            "RECONNECT_REQUESTED, OPEN, RECONNECT_REQUESTED",
            "RECONNECT_REQUESTED, CLOSED, CONNECTED"})
    void aReportSettlesTheStateUnlessItContradictsACommandStillPending(RelayState from, RelayPosition reported,
                                                                         RelayState to) {
        assertThat(from.afterReport(reported)).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0} pending={1}")
    @CsvSource({"CONNECTED, false", "DISCONNECT_REQUESTED, true", "DISCONNECTED, false", "RECONNECT_REQUESTED, true"})
    void onlyRequestedStatesWaitForTheMeter(RelayState state, boolean pending) {
        assertThat(state.isPending()).isEqualTo(pending);
    }

    @ParameterizedTest(name = "from {0}")
    @CsvSource({"CONNECTED", "DISCONNECT_REQUESTED", "DISCONNECTED", "RECONNECT_REQUESTED"})
    void whateverTheStateARequestAcknowledgedByTheMeterEndsWhereItWasAsked(RelayState from) {
        assertThat(from.afterDisconnectRequest().afterReport(RelayPosition.OPEN)).isEqualTo(DISCONNECTED);
        assertThat(from.afterReconnectRequest().afterReport(RelayPosition.CLOSED)).isEqualTo(CONNECTED);
    }
}
