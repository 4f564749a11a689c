package energy.mwolo.operations.meters.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A meter as lists and details show it: its equipment and site, the contract it measures now (if any) and its last
 * contact.
 */
public record MeterView(UUID id, String number, UUID equipment, String serialNumber, String equipmentStatus,
                        UUID site, String siteReference, String siteName, String kind, boolean remoteRelay,
                        String relayState, Instant relayChangedAt, UUID contract, String contractNumber,
                        Instant linkedAt, BigDecimal lastReadingKwh, Instant lastReadingAt, Instant lastSeenAt,
                        Instant createdAt, Instant updatedAt) {
}
