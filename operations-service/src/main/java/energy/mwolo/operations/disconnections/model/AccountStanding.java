package energy.mwolo.operations.disconnections.model;

import java.time.Instant;

/**
 * What billing last said of a contract's account, by the {@code occurred_at} of its events: billing reports an
 * account overdue and then settled in that order, so a report older than the last one applied is a redelivery or
 * arrived out of order, and changes nothing (an overdue report that overtook the settlement must not cut).
 *
 * @param overdue   the last applied report was AccountOverdue
 * @param reportedAt its occurred_at, null when nothing was reported yet
 */
public record AccountStanding(boolean overdue, Instant reportedAt) {

    public static AccountStanding unknown() {
        return new AccountStanding(false, null);
    }

    /** Whether a report that occurred at {@code occurredAt} is newer than what is known, and so applies. */
    public boolean accepts(Instant occurredAt) {
        return reportedAt == null || occurredAt.isAfter(reportedAt);
    }
}
