package energy.mwolo.contracts.iot;

import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.DeviceContract;
import energy.mwolo.contracts.Topics;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * An order to a meter's relay, for its head-end, keyed by meter number. Sent again with the same {@code commandId}
 * until the meter acknowledges it on {@code iot.meter-events}: a meter executes a command id once and acknowledges
 * each copy; it never executes one received after {@code expiresAt}.
 */
@ContractPayload
public record MeterCommand(UUID commandId, String meterNumber, String action, Instant issuedAt, Instant expiresAt) {

    public static final DeviceContract<MeterCommand> CONTRACT =
            new DeviceContract<>(Topics.IOT_METER_COMMANDS, "MeterCommand", 1, MeterCommand.class);

    public static final String DISCONNECT = "disconnect";
    public static final String RECONNECT = "reconnect";
    public static final Set<String> ACTIONS = Set.of(DISCONNECT, RECONNECT);

    public MeterCommand {
        Objects.requireNonNull(commandId, "commandId");
        if (meterNumber == null || meterNumber.isBlank()) {
            throw new IllegalArgumentException("meterNumber must not be blank");
        }
        if (action == null || !ACTIONS.contains(action)) {
            throw new IllegalArgumentException("action must be one of " + ACTIONS + ", was " + action);
        }
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("expiresAt must be after issuedAt");
        }
    }
}
