package energy.mwolo.operations.readings.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.iot.MeterReading;
import energy.mwolo.operations.readings.application.IncomingReading;
import energy.mwolo.platform.events.UnusableEvent;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeviceReadingsTest {

    private static final String READING = """
            {"message_id": "0b6c3f7e-9a41-4d2b-8f15-3e7a9c2d5b18", "meter_number": "mw-0004512",
             "read_at": "2026-05-31T22:00:00Z",
             "values": [{"code": "1-0:1.8.0", "value": "%s", "unit": "kWh"},
                        {"code": "1-0:32.7.0", "value": "221.4", "unit": "V"}],
             "relay_state": "connected", "alarms": ["tamper"]}""";

    @Test
    void aReadingOfTheContractGivesItsRegisterValuesAndTheMessageAsReceived() {
        String json = READING.formatted("18647.213");

        IncomingReading reading = DeviceReadings.read(json.getBytes(StandardCharsets.UTF_8));

        assertThat(reading.meterNumber()).isEqualTo("MW-0004512");
        assertThat(reading.readAt()).isEqualTo(Instant.parse("2026-05-31T22:00:00Z"));
        assertThat(reading.importKwh()).isEqualByComparingTo("18647.213");
        assertThat(reading.voltageV()).isEqualByComparingTo("221.4");
        assertThat(reading.exportKwh()).isNull();
        assertThat(reading.alarms()).containsExactly("tamper");
        assertThat(reading.payload()).isEqualTo(json);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0001", "100000000000", "-1"})
    void aRegisterTheColumnsCannotHoldIsUnusable(String kwh) {
        byte[] json = READING.formatted(kwh).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> DeviceReadings.read(json)).isInstanceOf(UnusableEvent.class);
    }

    /**
     * The token reader gives the record the mapper binds, for the golden samples of the contract and for what the
     * schema leaves open: properties it does not know (nested ones too), optional ones absent or null, any order.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        """
        {"message_id": "0b6c3f7e-9a41-4d2b-8f15-3e7a9c2d5b18", "meter_number": "MW-0004512",
         "read_at": "2025-05-31T22:00:00Z",
         "values": [{"code": "1-0:1.8.0", "value": "18647.213", "unit": "kWh"},
                    {"code": "2-0:1.8.0", "value": "0.000", "unit": "kWh"},
                    {"code": "1-0:32.7.0", "value": "221.4", "unit": "V"},
                    {"code": "1-0:1.7.0", "value": "0.842", "unit": "kW"}],
         "relay_state": "connected", "alarms": []}""",
        """
        {"message_id": "5d0e8a31-7c2f-4b6e-9a13-2f8c4e7b1d90", "meter_number": "MW-0004512",
         "read_at": "2025-06-01T03:15:00Z", "values": [{"code": "1-0:1.8.0", "value": "18650.004", "unit": "kWh"}],
         "relay_state": "connected", "alarms": ["tamper"]}""",
        """
        {"firmware": {"version": "2.1", "build": [1, 2, {"x": null}]}, "alarms": null, "relay_state": null,
         "values": [{"unit": "kWh", "quality": ["ok"], "value": "7", "code": "1-0:1.8.0"},
                    {"code": "0-0:96.1.0", "value": "-12.50", "unit": "ms"}],
         "read_at": "2025-06-01T04:15:00.123456+01:00", "meter_number": "A1", "head_end": "hes-2",
         "message_id": "9f1c2d3e-4b5a-6c7d-8e9f-0a1b2c3d4e5f"}""",
        """
        {"message_id": "9f1c2d3e-4b5a-6c7d-8e9f-0a1b2c3d4e5f", "meter_number": "A1", "read_at": "2025-06-01T04:15:00Z",
         "values": [{"code": "1-0:1.8.0", "value": 12.5, "unit": "kWh"}]}"""})
    void theTokenReaderGivesTheRecordTheMapperBinds(String json) {
        MeterReading bound = ContractJson.read(json, MeterReading.class);

        MeterReading read = DeviceReadings.parse(json.getBytes(StandardCharsets.UTF_8));

        assertThat(read).isEqualTo(bound);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"message_id\": 7, \"meter_number\": \"A1\", \"read_at\": \"2025-06-01T04:15:00Z\", \"values\": []}",
        "{\"message_id\": \"9f1c2d3e\", \"meter_number\": \"A1\", \"read_at\": \"2025-06-01T04:15:00Z\"}",
        "{\"message_id\": \"9f1c2d3e-4b5a-6c7d-8e9f-0a1b2c3d4e5f\", \"meter_number\": \"A1\", "
                + "\"read_at\": \"yesterday\", \"values\": [{\"code\": \"1-0:1.8.0\", \"value\": \"1\", \"unit\": \"kWh\"}]}",
        "{\"message_id\": \"9f1c2d3e-4b5a-6c7d-8e9f-0a1b2c3d4e5f\", \"meter_number\": \"A1\", "
                + "\"read_at\": \"2025-06-01T04:15:00Z\", \"values\": {\"code\": \"1-0:1.8.0\"}}",
        "{\"message_id\": \"9f1c2d3e-4b5a-6c7d-8e9f-0a1b2c3d4e5f\", \"meter_number\": \"A1\", "
                + "\"read_at\": \"2025-06-01T04:15:00Z\", \"values\": [{\"code\": \"1-0:1.8.0\", \"value\": \"x\", \"unit\": \"kWh\"}]}",
        "{\"message_id\": \"9f1c2d3e-4b5a-6c7d-8e9f-0a1b2c3d4e5f\", \"meter_number\": \"A1\", "
                + "\"read_at\": \"2025-06-01T04:15:00Z\", \"values\": [{\"code\": \"1-0:1.8.0\", \"value\": \"1\", \"unit\": \"kWh\"}]} {}",
        "{\"message_id\": \"9f1c2d3e-4b5a-6c7d-8e9f-0a1b2c3d4e5f\", \"meter_number\": \"A1\", "
                + "\"read_at\": \"2025-06-01T04:15:00Z\", \"values\": [{\"code\": \"1-0:1.8.0\", \"value\": \"1\", \"unit\": \"kWh\"}], "
                + "\"alarms\": [\"tamper\", 3]}",
        "{\"message_id\": \"9f1c2d3e-4b5a-6c7d-8e9f-0a1b2c3d4e5f\", \"meter_number\": \"A1\", "
                + "\"read_at\": \"2025-06-01T04:15:00Z\", \"values\": [{\"code\": \"1-0:1.8.0\", \"value\": \"1\", \"unit\": \"kWh\"}"})
    void aPropertyOfTheWrongShapeOrATruncatedMessageIsUnusableAndNamed(String text) {
        assertThatThrownBy(() -> DeviceReadings.read(text.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnusableEvent.class).hasMessageStartingWith("not a readable ");
    }

    @Test
    void instantsAreReadAsTheFormatterReadsThem() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 100_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-62_167_219_200L, 253_402_300_800L),
                    random.nextInt(3) == 0 ? 0 : random.nextInt(1_000_000_000) / (int) Math.pow(10, random.nextInt(9)));

            assertThat(DeviceReadings.instant(instant.toString())).isEqualTo(instant);
        }
        for (String text : List.of("2026-05-31T23:00:00+01:00", "2016-12-31T23:59:60Z", "2026-05-31T22:00:00.5Z",
                "+12026-05-31T22:00:00Z", "2026-05-31T24:00:00Z", "2026-05-31T22:00:00.Z")) {
            assertThat(DeviceReadings.instant(text)).as(text).isEqualTo(Instant.parse(text));
        }
        for (String text : List.of("2026-02-30T22:00:00Z", "2026-05-31T25:00:00Z",
                "2026-05-31T22:00:00.1234567890Z", "2026-05-31 22:00:00Z", "2026-05-31T22:0a:00Z", "2026-05-31")) {
            assertThatThrownBy(() -> Instant.parse(text)).as(text).isInstanceOf(DateTimeException.class);
            assertThatThrownBy(() -> DeviceReadings.instant(text)).as(text).isInstanceOf(DateTimeException.class);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "{\"meter_number\": \"MW-1\"}", "[]", "null"})
    void somethingThatIsNoReadingIsUnusable(String text) {
        assertThatThrownBy(() -> DeviceReadings.read(text.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnusableEvent.class);
    }

    @Test
    void aMeterNumberWithOtherCharactersThanLettersDigitsAndHyphensIsUnusable() {
        byte[] json = READING.formatted("1.000").replace("mw-0004512", "MW 0004512").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> DeviceReadings.read(json)).isInstanceOf(UnusableEvent.class);
        assertThatThrownBy(() -> DeviceReadings.read(null)).isInstanceOf(UnusableEvent.class);
    }
}
