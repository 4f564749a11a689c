package energy.mwolo.contracts.iot;

import com.fasterxml.jackson.annotation.JsonIgnore;
import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.DeviceContract;
import energy.mwolo.contracts.Topics;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One reading of one meter at {@code readAt}, as its head-end forwards it: OBIS registers and instantaneous values,
 * the active energy import register ({@link ObisValue#ACTIVE_IMPORT}, kWh) always among them. The Kafka key is the
 * meter number. {@code messageId} is the head-end's id of this message: a resent message keeps it.
 * Nullable: relayState (meters without a remote relay do not report one), alarms (absent when none).
 */
@ContractPayload
public record MeterReading(
        UUID messageId,
        String meterNumber,
        Instant readAt,
        List<ObisValue> values,
        String relayState,
        List<String> alarms) {

    public static final DeviceContract<MeterReading> CONTRACT =
            new DeviceContract<>(Topics.IOT_METER_READINGS, "MeterReading", 1, MeterReading.class);

    /** The relay positions a meter reports. */
    public static final Set<String> RELAY_STATES = Set.of("connected", "disconnected");
    /** The alarms a reading may carry: the meter's cover or terminals opened, the meter's last message before power loss. */
    public static final Set<String> ALARMS = Set.of("tamper", "last_gasp");

    public MeterReading {
        Objects.requireNonNull(messageId, "messageId");
        if (meterNumber == null || meterNumber.isBlank()) {
            throw new IllegalArgumentException("meterNumber must not be blank");
        }
        Objects.requireNonNull(readAt, "readAt");
        values = List.copyOf(Objects.requireNonNull(values, "values"));
        var codes = new HashSet<String>();
        for (ObisValue value : values) {
            if (!codes.add(value.code())) {
                throw new IllegalArgumentException("OBIS code " + value.code() + " is given twice");
            }
        }
        if (!codes.contains(ObisValue.ACTIVE_IMPORT)) {
            throw new IllegalArgumentException("the active import register " + ObisValue.ACTIVE_IMPORT
                    + " is required");
        }
        if (relayState != null && !RELAY_STATES.contains(relayState)) {
            throw new IllegalArgumentException("relayState must be one of " + RELAY_STATES + ", was " + relayState);
        }
        if (alarms != null) {
            alarms = List.copyOf(alarms);
            for (String alarm : alarms) {
                if (!ALARMS.contains(alarm)) {
                    throw new IllegalArgumentException("alarm must be one of " + ALARMS + ", was " + alarm);
                }
            }
        }
    }

    /** The active energy import register, kWh. */
    @JsonIgnore
    public BigDecimal activeImportKwh() {
        return value(ObisValue.ACTIVE_IMPORT).orElseThrow();
    }

    /** The value of that OBIS code, when the reading carries it. */
    public Optional<BigDecimal> value(String obisCode) {
        return values.stream().filter(value -> value.code().equals(obisCode)).map(ObisValue::value).findFirst();
    }

    public boolean hasAlarm(String alarm) {
        return alarms != null && alarms.contains(alarm);
    }
}
