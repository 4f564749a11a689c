package energy.mwolo.operations.readings.messaging;

import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.iot.MeterReading;
import energy.mwolo.contracts.iot.ObisValue;
import energy.mwolo.operations.kernel.DevicePolls;
import energy.mwolo.operations.meters.model.RegisterValue;
import energy.mwolo.operations.readings.application.IncomingReading;
import energy.mwolo.platform.events.UnusableEvent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;

/**
 * Reads a message of {@code iot.meter-readings} as the contract's record, with the rules its schema states that the
 * record leaves to readers (the meter number's characters) and what the columns hold (registers to the watt-hour
 * below 10^11 kWh, voltage below 10^6 V). Anything else is an {@link UnusableEvent} naming the reason.
 */
final class DeviceReadings {

    private static final BigDecimal VOLTAGE_LIMIT = new BigDecimal("1000000");
    private static final BigDecimal POWER_LIMIT = new BigDecimal("100000000000");

    private DeviceReadings() {
    }

    static IncomingReading read(byte[] message) {
        if (message == null) {
            throw new UnusableEvent("a reading without a value");
        }
        String json = new String(message, StandardCharsets.UTF_8);
        MeterReading reading;
        try {
            reading = ContractJson.read(json, MeterReading.class);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new UnusableEvent("not a readable " + MeterReading.CONTRACT.dataSchema() + ": " + e.getMessage(), e);
        }
        if (reading == null || !DevicePolls.METER_NUMBER.matcher(reading.meterNumber()).matches()) {
            throw new UnusableEvent("meter_number must be letters, digits and hyphens");
        }
        try {
            BigDecimal importKwh = new RegisterValue(reading.activeImportKwh()).kwh();
            BigDecimal exportKwh = reading.value(ObisValue.ACTIVE_EXPORT).map(v -> new RegisterValue(v).kwh()).orElse(null);
            BigDecimal voltage = reading.value(ObisValue.VOLTAGE_L1).map(v -> below(v, VOLTAGE_LIMIT, "voltage"))
                    .orElse(null);
            BigDecimal power = reading.value(ObisValue.ACTIVE_POWER).map(v -> below(v, POWER_LIMIT, "power"))
                    .orElse(null);
            return new IncomingReading(reading.messageId(), reading.meterNumber(), reading.readAt(), importKwh,
                    exportKwh, voltage, power, reading.relayState(), reading.alarms(), json);
        } catch (RegisterValue.InvalidRegister e) {
            throw new UnusableEvent("a register must be at most 3 decimals and below 10^11 kWh: " + e.getMessage(), e);
        }
    }

    private static BigDecimal below(BigDecimal value, BigDecimal limit, String what) {
        if (value.abs().compareTo(limit) >= 0) {
            throw new UnusableEvent(what + " " + value.toPlainString() + " is out of range");
        }
        return value;
    }
}
