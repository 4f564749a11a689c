package energy.mwolo.operations.readings.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.operations.readings.application.IncomingReading;
import energy.mwolo.platform.events.UnusableEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
