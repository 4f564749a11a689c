package energy.mwolo.contracts.iot;

import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.DeviceContract;
import energy.mwolo.contracts.Topics;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Something a meter reports outside its readings: an alarm ({@code tamper}, {@code last_gasp} before power loss,
 * {@code power_restored}), its relay opening or closing ({@code relay_opened}, {@code relay_closed}), or its answer
 * to a command from {@code iot.meter-commands} ({@code command_acknowledged}, naming the command, its outcome and the
 * relay's position after it). The Kafka key is the meter number; a resent message keeps its {@code messageId}.
 * Nullable: commandId, outcome (both present exactly for a command_acknowledged), relayState (a position the meter
 * reports after a command or a relay change), detail (free text from the head-end).
 */
@ContractPayload
public record MeterEvent(
        UUID messageId,
        String meterNumber,
        Instant occurredAt,
        String type,
        UUID commandId,
        String outcome,
        String relayState,
        String detail) {

    public static final DeviceContract<MeterEvent> CONTRACT =
            new DeviceContract<>(Topics.IOT_METER_EVENTS, "MeterEvent", 1, MeterEvent.class);

    public static final String COMMAND_ACKNOWLEDGED = "command_acknowledged";
    public static final Set<String> TYPES =
            Set.of(COMMAND_ACKNOWLEDGED, "tamper", "last_gasp", "power_restored", "relay_opened", "relay_closed");
    /** A command executed, refused by the meter (a local lock, an unknown command) or failed (relay stuck). */
    public static final Set<String> OUTCOMES = Set.of("executed", "refused", "failed");

    public MeterEvent {
        Objects.requireNonNull(messageId, "messageId");
        if (meterNumber == null || meterNumber.isBlank()) {
            throw new IllegalArgumentException("meterNumber must not be blank");
        }
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (type == null || !TYPES.contains(type)) {
            throw new IllegalArgumentException("type must be one of " + TYPES + ", was " + type);
        }
        boolean acknowledgement = type.equals(COMMAND_ACKNOWLEDGED);
        if (acknowledgement != (commandId != null) || acknowledgement != (outcome != null)) {
            throw new IllegalArgumentException("commandId and outcome come exactly with a command_acknowledged");
        }
        if (outcome != null && !OUTCOMES.contains(outcome)) {
            throw new IllegalArgumentException("outcome must be one of " + OUTCOMES + ", was " + outcome);
        }
        if (relayState != null && !MeterReading.RELAY_STATES.contains(relayState)) {
            throw new IllegalArgumentException("relayState must be one of " + MeterReading.RELAY_STATES
                    + ", was " + relayState);
        }
    }
}
