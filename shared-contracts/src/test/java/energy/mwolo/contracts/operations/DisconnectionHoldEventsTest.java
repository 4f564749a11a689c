package energy.mwolo.contracts.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.contracts.ContractSchemas;
import energy.mwolo.contracts.EventContract;
import energy.mwolo.contracts.GoldenSamples;
import energy.mwolo.contracts.Topics;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

/** Holds on disconnections: their own topic, and a scope that is a contract or an agency, nothing else. */
class DisconnectionHoldEventsTest {

    static List<EventContract<?>> holdEvents() {
        return List.of(DisconnectionHoldPlaced.CONTRACT, DisconnectionHoldReleased.CONTRACT);
    }

    @Test
    void holdsAndReleasesShareTheDisconnectionHoldTopic() {
        assertThat(holdEvents()).extracting(EventContract::topic)
                .containsOnly(Topics.OPERATIONS_DISCONNECTION_HOLD_EVENTS);
    }

    @ParameterizedTest
    @MethodSource("holdEvents")
    void aScopeOtherThanContractOrAgencyFailsValidation(EventContract<?> contract) {
        ObjectNode sample = GoldenSamples.tree(contract).put("scope", "province");

        assertThat(ContractSchemas.violations(contract, sample)).isNotEmpty();
    }

    @Test
    void aRecordWithAnotherScopeCannotBeMade() {
        assertThatThrownBy(() -> new DisconnectionHoldReleased(UUID.randomUUID(), "site", UUID.randomUUID(),
                UUID.randomUUID(), Instant.now())).isInstanceOf(IllegalArgumentException.class);
    }
}
