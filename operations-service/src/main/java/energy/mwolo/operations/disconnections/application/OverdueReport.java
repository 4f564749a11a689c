package energy.mwolo.operations.disconnections.application;

import java.time.Instant;
import java.util.UUID;

/** billing's AccountOverdue, as the policy needs it; {@code amountDue} is for the customer's notice ("1160 CDF"). */
public record OverdueReport(UUID contract, UUID client, UUID site, String amountDue, Instant occurredAt) {
}
