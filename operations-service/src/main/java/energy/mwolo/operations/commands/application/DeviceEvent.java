package energy.mwolo.operations.commands.application;

import java.time.Instant;
import java.util.UUID;

/** A message of {@code iot.meter-events} as read; {@code json} is kept as received. */
public record DeviceEvent(UUID messageId, String meterNumber, Instant occurredAt, String type, UUID commandId,
                          String outcome, String relayState, String detail, String json) {
}
