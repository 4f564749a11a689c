package energy.mwolo.billing.dunning.model;

import java.time.Instant;
import java.util.UUID;

/** A contract's standing towards disconnection, and what decided it. */
public record ContractStanding(UUID contractId, UUID clientId, UUID siteId, Standing standing, String stepCode,
                               UUID invoiceId, Instant decidedAt, Instant settledAt) {
}
