package energy.mwolo.contracts.iot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.ContractSchemas;
import energy.mwolo.contracts.GoldenSamples;
import energy.mwolo.contracts.Topics;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** What the device schemas and records enforce beyond presence: OBIS values, relay states, alarms, acknowledgements. */
class DeviceMessagesTest {

    @Test
    void readingsAndMeterEventsArePublishedOnTheIotTopicsUnderTheirOwnSchemaIds() {
        assertThat(MeterReading.CONTRACT.topic()).isEqualTo(Topics.IOT_METER_READINGS);
        assertThat(MeterReading.CONTRACT.dataSchema()).isEqualTo("urn:mwolo:schema:iot.MeterReading:v1");
        assertThat(MeterEvent.CONTRACT.topic()).isEqualTo(Topics.IOT_METER_EVENTS);
        assertThat(MeterEvent.CONTRACT.schemaResource()).isEqualTo("schemas/iot/MeterEvent.v1.schema.json");
    }

    @Test
    void theGoldenReadingGivesItsActiveImportRegisterAndOptionalValues() {
        MeterReading reading = ContractJson.read(GoldenSamples.text(MeterReading.CONTRACT), MeterReading.class);

        assertThat(reading.activeImportKwh()).isEqualByComparingTo("18647.213");
        assertThat(reading.value(ObisValue.VOLTAGE_L1)).contains(new BigDecimal("221.4"));
        assertThat(reading.value("1-0:2.7.0")).isEmpty();
    }

    @Test
    void aReadingWithoutTheActiveImportRegisterFailsValidationAndCannotBeRead() {
        ObjectNode sample = GoldenSamples.tree(MeterReading.CONTRACT);
        ((ArrayNode) sample.get("values")).remove(0);

        assertRefused(sample);
    }

    @Test
    void aRegisterGivenTwiceFailsValidationAndCannotBeRead() {
        ObjectNode sample = GoldenSamples.tree(MeterReading.CONTRACT);
        ((ArrayNode) sample.get("values")).addObject().put("code", "1-0:1.8.0").put("value", "1.000").put("unit", "kWh");

        assertRefused(sample);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1.000", "12,5", ""})
    void anActiveImportRegisterThatIsNotAPositiveDecimalStringFailsValidationAndCannotBeRead(String value) {
        ObjectNode sample = GoldenSamples.tree(MeterReading.CONTRACT);
        ((ObjectNode) sample.get("values").get(0)).put("value", value);

        assertRefused(sample);
    }

    @Test
    void aRegisterInExponentNotationFailsValidation() {
        ObjectNode sample = GoldenSamples.tree(MeterReading.CONTRACT);
        ((ObjectNode) sample.get("values").get(0)).put("value", "1.8647213e4");

        assertThat(ContractSchemas.violations(MeterReading.CONTRACT, sample)).isNotEmpty();
    }

    @Test
    void aRegisterInAnotherUnitThanKilowattHoursFailsValidationAndCannotBeRead() {
        ObjectNode sample = GoldenSamples.tree(MeterReading.CONTRACT);
        ((ObjectNode) sample.get("values").get(0)).put("unit", "Wh");

        assertRefused(sample);
    }

    @Test
    void aNegativeInstantaneousPowerIsAccepted() {
        ObjectNode sample = GoldenSamples.tree(MeterReading.CONTRACT);
        ((ObjectNode) sample.get("values").get(3)).put("value", "-0.400");

        assertThat(ContractSchemas.violations(MeterReading.CONTRACT, sample)).isEmpty();
        assertThat(ContractJson.mapper().treeToValue(sample, MeterReading.class).value(ObisValue.ACTIVE_POWER))
                .contains(new BigDecimal("-0.400"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1-0:1.8", "1-0:1.8.0 ", "1-0:1.8.0.0", "A-0:1.8.0", "1234-0:1.8.0", ""})
    void aCodeThatIsNotAnObisCodeIsRefused(String code) {
        assertThatThrownBy(() -> new ObisValue(code, BigDecimal.ONE, "kWh"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OBIS code");
    }

    @Test
    void anObisCodeTheReadersDoNotKnowYetIsKeptAsSent() {
        assertThat(new ObisValue("1-0:99.97.0", BigDecimal.TEN, "event").code()).isEqualTo("1-0:99.97.0");
    }

    @Test
    void anUnknownAlarmOrRelayStateFailsValidationAndCannotBeRead() {
        ObjectNode alarm = GoldenSamples.tree(MeterReading.CONTRACT);
        ((ArrayNode) alarm.get("alarms")).add("smoke");
        ObjectNode relay = GoldenSamples.tree(MeterReading.CONTRACT).put("relay_state", "disconnect_requested");

        assertRefused(alarm);
        assertRefused(relay);
    }

    @Test
    void aMeterNumberWithSpacesFailsValidation() {
        ObjectNode sample = GoldenSamples.tree(MeterReading.CONTRACT).put("meter_number", "MW 0004512");

        assertThat(ContractSchemas.violations(MeterReading.CONTRACT, sample)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"command_id", "outcome"})
    void anAcknowledgementWithoutItsCommandOrOutcomeFailsValidationAndCannotBeRead(String missing) {
        ObjectNode sample = GoldenSamples.variant(MeterEvent.CONTRACT, "command-acknowledged");
        sample.remove(missing);

        assertThat(ContractSchemas.violations(MeterEvent.CONTRACT, sample)).isNotEmpty();
        assertThatThrownBy(() -> ContractJson.mapper().treeToValue(sample, MeterEvent.class))
                .isInstanceOf(JacksonException.class);
    }

    @Test
    void anAlarmNamingACommandFailsValidationAndCannotBeRead() {
        ObjectNode sample = GoldenSamples.tree(MeterEvent.CONTRACT)
                .put("command_id", "7a9e2c41-5d8b-4e36-a1f0-3c6d9b2e8f15").put("outcome", "executed");

        assertThat(ContractSchemas.violations(MeterEvent.CONTRACT, sample)).isNotEmpty();
        assertThatThrownBy(() -> ContractJson.mapper().treeToValue(sample, MeterEvent.class))
                .isInstanceOf(JacksonException.class);
    }

    private static void assertRefused(ObjectNode sample) {
        assertThat(ContractSchemas.violations(MeterReading.CONTRACT, sample)).isNotEmpty();
        assertThatThrownBy(() -> ContractJson.mapper().treeToValue(sample, MeterReading.class))
                .isInstanceOf(JacksonException.class);
    }
}
