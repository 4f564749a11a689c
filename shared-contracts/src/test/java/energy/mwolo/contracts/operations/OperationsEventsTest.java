package energy.mwolo.contracts.operations;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.ContractSchemas;
import energy.mwolo.contracts.EventContract;
import energy.mwolo.contracts.GoldenSamples;
import energy.mwolo.contracts.Topics;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

/** The rules the meter and intervention schemas enforce beyond presence: codes, register values, topics. */
class OperationsEventsTest {

    static List<EventContract<?>> linkEvents() {
        return List.of(MeterLinked.CONTRACT, MeterUnlinked.CONTRACT);
    }

    static List<EventContract<?>> interventionEvents() {
        return List.of(InterventionScheduled.CONTRACT, InterventionCompleted.CONTRACT);
    }

    @Test
    void meterAndInterventionEventsGoToTheirOwnTopics() {
        assertThat(List.of(MeterInstalled.CONTRACT, MeterLinked.CONTRACT, MeterUnlinked.CONTRACT))
                .extracting(EventContract::topic).containsOnly(Topics.OPERATIONS_METER_EVENTS);
        assertThat(interventionEvents()).extracting(EventContract::topic)
                .containsOnly(Topics.OPERATIONS_INTERVENTION_EVENTS);
    }

    @ParameterizedTest
    @MethodSource("linkEvents")
    void aRegisterValueIsANonNegativeDecimalWrittenAsText(EventContract<?> contract) {
        for (String value : List.of("-1.5", "12,5", "", "1e3")) {
            ObjectNode sample = GoldenSamples.tree(contract).put("opening_register_kwh", value);

            assertThat(ContractSchemas.violations(contract, sample)).as(value).isNotEmpty();
        }
        ObjectNode asNumber = GoldenSamples.tree(contract).put("opening_register_kwh", new BigDecimal("12.5"));
        assertThat(ContractSchemas.violations(contract, asNumber)).isNotEmpty();
    }

    @Test
    void aRegisterValueKeepsItsScaleThroughTheRecord() {
        MeterUnlinked unlinked = ContractJson.read(GoldenSamples.text(MeterUnlinked.CONTRACT), MeterUnlinked.class);

        assertThat(unlinked.closingRegisterKwh()).isEqualTo(new BigDecimal("8731.250"));
        assertThat(ContractJson.write(unlinked)).contains("\"closing_register_kwh\":\"8731.250\"");
    }

    @Test
    void aMeterIsPostpaidOrPrepaidInOneOfFourRelayStates() {
        ObjectNode kind = GoldenSamples.tree(MeterInstalled.CONTRACT).put("kind", "credit");
        ObjectNode relay = GoldenSamples.tree(MeterInstalled.CONTRACT).put("relay_state", "ready_for_reconnection");

        assertThat(ContractSchemas.violations(MeterInstalled.CONTRACT, kind)).isNotEmpty();
        assertThat(ContractSchemas.violations(MeterInstalled.CONTRACT, relay)).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("interventionEvents")
    void anInterventionTypeIsOneOfTheSixCodes(EventContract<?> contract) {
        ObjectNode sample = GoldenSamples.tree(contract).put("type", "cleaning");

        assertThat(ContractSchemas.violations(contract, sample)).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("interventionEvents")
    void anUnassignedInterventionWithoutEquipmentIsValid(EventContract<?> contract) {
        ObjectNode sample = GoldenSamples.tree(contract);
        sample.putNull("equipment_id");
        sample.putNull("technician_id");

        assertThat(ContractSchemas.violations(contract, sample)).isEmpty();
    }
}
