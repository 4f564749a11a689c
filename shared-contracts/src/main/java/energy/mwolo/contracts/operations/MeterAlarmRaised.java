package energy.mwolo.contracts.operations;

import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A meter needs attention: an alarm it reported, or {@code relay_closed_while_disconnected}, raised by operations
 * when a meter reports its relay closed after an acknowledged disconnection (a bypass or a tampered relay).
 * Nullable: contractId, detail.
 */
@ContractPayload
public record MeterAlarmRaised(
        UUID meterId,
        String meterNumber,
        UUID siteId,
        UUID contractId,
        String alarm,
        String detail,
        Instant occurredAt) {

    public static final EventContract<MeterAlarmRaised> CONTRACT =
            new EventContract<>("operations", "meter", "MeterAlarmRaised", 1, MeterAlarmRaised.class);

    public static final String RELAY_CLOSED_WHILE_DISCONNECTED = "relay_closed_while_disconnected";
    public static final Set<String> ALARMS =
            Set.of("tamper", "last_gasp", "power_restored", RELAY_CLOSED_WHILE_DISCONNECTED);

    public MeterAlarmRaised {
        Objects.requireNonNull(meterId, "meterId");
        Objects.requireNonNull(meterNumber, "meterNumber");
        Objects.requireNonNull(siteId, "siteId");
        if (alarm == null || !ALARMS.contains(alarm)) {
            throw new IllegalArgumentException("alarm must be one of " + ALARMS + ", was " + alarm);
        }
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
