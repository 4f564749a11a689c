package energy.mwolo.operations.readings.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * A reading as a meter sent it, already readable: the active import register and the optional values, relay
 * position ({@code connected}, {@code disconnected}) and alarms. {@code payload} is the message as received, kept
 * whole when the meter is not known yet. Nullable: exportKwh, voltageV, powerKw, relayState.
 */
public record IncomingReading(UUID messageId, String meterNumber, Instant readAt, BigDecimal importKwh,
                              BigDecimal exportKwh, BigDecimal voltageV, BigDecimal powerKw, String relayState,
                              List<String> alarms, String payload) {

    public IncomingReading {
        Objects.requireNonNull(messageId, "messageId");
        meterNumber = Objects.requireNonNull(meterNumber, "meterNumber").strip().toUpperCase(Locale.ROOT);
        // Stored to the microsecond (timestamptz): the instant is the reading's key, so it is cut the same way here.
        readAt = Objects.requireNonNull(readAt, "readAt").truncatedTo(ChronoUnit.MICROS);
        Objects.requireNonNull(importKwh, "importKwh");
        alarms = alarms == null ? List.of() : List.copyOf(alarms);
        Objects.requireNonNull(payload, "payload");
    }
}
