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
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads a message of {@code iot.meter-readings} as the contract's record, with the rules its schema states that the
 * record leaves to readers (the meter number's characters) and what the columns hold (registers to the watt-hour
 * below 10^11 kWh, voltage below 10^6 V). Anything else is an {@link UnusableEvent} naming the reason.
 *
 * <p>The message is read token by token straight from its bytes, as its JSON Schema describes it (strings for ids,
 * instants and values; unknown properties skipped), rather than bound through the generic mapper: at the rate
 * meters send, binding was the largest share of the consumer's CPU. The record's constructor still checks what it
 * checks for every reader; {@code DeviceReadingsTest} holds both readers to the same results on the golden samples.
 */
final class DeviceReadings {

    private static final BigDecimal VOLTAGE_LIMIT = new BigDecimal("1000000");
    private static final BigDecimal POWER_LIMIT = new BigDecimal("100000000000");
    private static final int[] NANOS_PER_UNIT = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
        100_000_000};

    private DeviceReadings() {
    }

    static IncomingReading read(byte[] message) {
        if (message == null) {
            throw new UnusableEvent("a reading without a value");
        }
        MeterReading reading;
        try {
            reading = parse(message);
        } catch (JacksonException | IllegalArgumentException | DateTimeException | NullPointerException e) {
            throw new UnusableEvent("not a readable " + MeterReading.CONTRACT.dataSchema() + ": " + e.getMessage(), e);
        }
        if (!DevicePolls.METER_NUMBER.matcher(reading.meterNumber()).matches()) {
            throw new UnusableEvent("meter_number must be letters, digits and hyphens");
        }
        BigDecimal importKwh = null;
        BigDecimal exportKwh = null;
        BigDecimal voltage = null;
        BigDecimal power = null;
        try {
            for (ObisValue value : reading.values()) {
                switch (value.code()) {
                    case ObisValue.ACTIVE_IMPORT -> importKwh = new RegisterValue(value.value()).kwh();
                    case ObisValue.ACTIVE_EXPORT -> exportKwh = new RegisterValue(value.value()).kwh();
                    case ObisValue.VOLTAGE_L1 -> voltage = below(value.value(), VOLTAGE_LIMIT, "voltage");
                    case ObisValue.ACTIVE_POWER -> power = below(value.value(), POWER_LIMIT, "power");
                    default -> {
                        // kept in the payload for a later version of the readers
                    }
                }
            }
        } catch (RegisterValue.InvalidRegister e) {
            throw new UnusableEvent("a register must be at most 3 decimals and below 10^11 kWh: " + e.getMessage(), e);
        }
        return new IncomingReading(reading.messageId(), reading.meterNumber(), reading.readAt(), importKwh, exportKwh,
                voltage, power, reading.relayState(), reading.alarms(), new String(message, StandardCharsets.UTF_8));
    }

    /** The message as the contract's record; a property of the wrong JSON type is an {@link IllegalArgumentException}. */
    static MeterReading parse(byte[] message) {
        try (JsonParser json = ContractJson.mapper().createParser(message)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("a reading is a JSON object");
            }
            UUID messageId = null;
            String meterNumber = null;
            Instant readAt = null;
            List<ObisValue> values = null;
            String relayState = null;
            List<String> alarms = null;
            for (String name = json.nextName(); name != null; name = json.nextName()) {
                json.nextToken();
                switch (name) {
                    case "message_id" -> messageId = uuid(string(json, name));
                    case "meter_number" -> meterNumber = string(json, name);
                    case "read_at" -> readAt = instant(string(json, name));
                    case "values" -> values = values(json);
                    case "relay_state" -> relayState = string(json, name);
                    case "alarms" -> alarms = strings(json, name);
                    default -> json.skipChildren();
                }
            }
            if (json.nextToken() != null) {
                throw new IllegalArgumentException("a reading is one JSON object, with nothing after it");
            }
            return new MeterReading(messageId, meterNumber, readAt, values, relayState, alarms);
        }
    }

    private static List<ObisValue> values(JsonParser json) {
        if (json.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(json, JsonToken.START_ARRAY, "values");
        List<ObisValue> values = new ArrayList<>(4);
        while (json.nextToken() != JsonToken.END_ARRAY) {
            expect(json, JsonToken.START_OBJECT, "values[]");
            String code = null;
            BigDecimal value = null;
            String unit = null;
            for (String name = json.nextName(); name != null; name = json.nextName()) {
                JsonToken token = json.nextToken();
                switch (name) {
                    case "code" -> code = string(json, name);
                    case "value" -> value = token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT
                            ? json.getDecimalValue() : decimal(string(json, name));
                    case "unit" -> unit = string(json, name);
                    default -> json.skipChildren();
                }
            }
            values.add(new ObisValue(code, value, unit));
        }
        return values;
    }

    private static List<String> strings(JsonParser json, String name) {
        if (json.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(json, JsonToken.START_ARRAY, name);
        List<String> strings = new ArrayList<>(2);
        while (json.nextToken() != JsonToken.END_ARRAY) {
            strings.add(string(json, name + "[]"));
        }
        return strings;
    }

    /** A string property's value, null for JSON null. */
    private static String string(JsonParser json, String name) {
        JsonToken token = json.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(json, JsonToken.VALUE_STRING, name);
        return json.getString();
    }

    private static void expect(JsonParser json, JsonToken expected, String name) {
        if (json.currentToken() != expected) {
            throw new IllegalArgumentException(name + " must be " + JsonToken.valueDescFor(expected) + ", was "
                    + JsonToken.valueDescFor(json.currentToken()));
        }
    }

    /** A UUID in its canonical 36-character form, as the schema's {@code format: uuid}. */
    private static UUID uuid(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() != 36) {
            throw new IllegalArgumentException("message_id must be a UUID, was " + text);
        }
        return UUID.fromString(text);
    }

    /**
     * An ISO-8601 instant as {@link Instant#parse} reads it. The form head-ends send ({@code 2026-05-31T22:00:00Z},
     * with or without a fraction) is read digit by digit, the formatter being the costliest step of a reading; any
     * other form (an offset, a leap second) goes through {@link Instant#parse}.
     */
    static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        Instant usual = usualForm(text);
        return usual != null ? usual : Instant.parse(text);
    }

    /**
     * {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z} read digit by digit; null when the text has another shape or is no valid
     * local date-time (the formatter then decides).
     */
    private static Instant usualForm(String text) {
        int length = text.length();
        boolean shaped = (length == 20 || length >= 22 && length <= 30 && text.charAt(19) == '.')
                && text.charAt(length - 1) == 'Z' && text.charAt(4) == '-' && text.charAt(7) == '-'
                && text.charAt(10) == 'T' && text.charAt(13) == ':' && text.charAt(16) == ':';
        if (!shaped) {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int fraction = length == 20 ? 0 : digits(text, 20, length - 1);
        if ((year | month | day | hour | minute | second | fraction) < 0) {
            return null;
        }
        // a fraction of n digits (1 to 9) counts units of 10^(9 - n) nanoseconds; length 30 is nine digits
        int nanos = length == 20 ? 0 : fraction * NANOS_PER_UNIT[30 - length];
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The number the decimal digits of {@code text} from {@code from} to {@code to} write, -1 for a non-digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    private static BigDecimal below(BigDecimal value, BigDecimal limit, String what) {
        if (value.abs().compareTo(limit) >= 0) {
            throw new UnusableEvent(what + " " + value.toPlainString() + " is out of range");
        }
        return value;
    }
}
