package energy.mwolo.support.tickets.model;

import java.time.Instant;

/** The SLA clock of a ticket as stored. Nullable: every instant. */
public record SlaState(Instant firstResponseDue, Instant firstRespondedAt, Instant resolutionDue, Instant pausedAt,
                       SlaFlags flags) {
}
