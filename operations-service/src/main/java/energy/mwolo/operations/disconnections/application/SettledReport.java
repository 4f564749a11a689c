package energy.mwolo.operations.disconnections.application;

import java.time.Instant;
import java.util.UUID;

/** billing's AccountSettled, as the policy needs it. */
public record SettledReport(UUID contract, UUID client, UUID site, Instant occurredAt) {
}
