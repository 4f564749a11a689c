package energy.mwolo.operations.readings.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A stored reading. Nullable: exportKwh, voltageV, powerKw, relayState, consumptionKwh. */
public record ReadingView(UUID meter, Instant readAt, UUID messageId, BigDecimal registerKwh, BigDecimal exportKwh,
                          BigDecimal voltageV, BigDecimal powerKw, String relayState, List<String> alarms,
                          List<String> flags, BigDecimal consumptionKwh, String source, Instant receivedAt) {
}
