package energy.mwolo.contracts.operations;

import com.fasterxml.jackson.annotation.JsonFormat;
import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A meter began to measure a contract's supply, from {@code linkedAt} at the register value read then: consumption
 * billed on the contract counts from that value. A contract has one linked meter at a time.
 * Nullable: replacesMeterId (set when the link is one half of a meter swap, whose MeterUnlinked is keyed by the
 * other meter: a consumer may receive the two in either order).
 */
@ContractPayload
public record MeterLinked(
        UUID meterId,
        String number,
        UUID linkId,
        UUID contractId,
        UUID siteId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal openingRegisterKwh,
        Instant linkedAt,
        UUID replacesMeterId,
        Instant occurredAt) {

    public static final EventContract<MeterLinked> CONTRACT =
            new EventContract<>("operations", "meter", "MeterLinked", 1, MeterLinked.class);

    public MeterLinked {
        Objects.requireNonNull(meterId, "meterId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(linkId, "linkId");
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(openingRegisterKwh, "openingRegisterKwh");
        Objects.requireNonNull(linkedAt, "linkedAt");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
