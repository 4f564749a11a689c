package energy.mwolo.operations.disconnections.application;

import java.time.Instant;
import java.util.UUID;

/** A hold placed or released by someone of OPERATIONS; {@code note} only when placed. */
public record HoldChange(UUID hold, HoldScope scope, UUID target, UUID actor, String note, Instant at) {
}
