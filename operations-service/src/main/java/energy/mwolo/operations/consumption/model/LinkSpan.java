package energy.mwolo.operations.consumption.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A meter's link to the contract: opened at a register value, closed at another (null while open).
 * Nullable: unlinkedAt, closingKwh.
 */
public record LinkSpan(UUID meterId, String meterNumber, Instant linkedAt, BigDecimal openingKwh, Instant unlinkedAt,
                       BigDecimal closingKwh) {

    public LinkSpan {
        Objects.requireNonNull(meterId, "meterId");
        Objects.requireNonNull(meterNumber, "meterNumber");
        Objects.requireNonNull(linkedAt, "linkedAt");
        Objects.requireNonNull(openingKwh, "openingKwh");
    }

    boolean overlaps(BillingPeriod period) {
        return linkedAt.isBefore(period.end()) && (unlinkedAt == null || unlinkedAt.isAfter(period.start()));
    }
}
