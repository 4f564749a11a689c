package energy.mwolo.contracts.operations;

import com.fasterxml.jackson.annotation.JsonFormat;
import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A meter stopped measuring a contract's supply at {@code unlinkedAt}, at the closing register value: the link's
 * whole consumption is the closing value less the opening one.
 * Nullable: replacedByMeterId (set when a meter swap closed the link; the replacement's MeterLinked is keyed by the
 * other meter: a consumer may receive the two in either order).
 */
@ContractPayload
public record MeterUnlinked(
        UUID meterId,
        String number,
        UUID linkId,
        UUID contractId,
        UUID siteId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal openingRegisterKwh,
        Instant linkedAt,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal closingRegisterKwh,
        Instant unlinkedAt,
        UUID replacedByMeterId,
        Instant occurredAt) {

    public static final EventContract<MeterUnlinked> CONTRACT =
            new EventContract<>("operations", "meter", "MeterUnlinked", 1, MeterUnlinked.class);

    public MeterUnlinked {
        Objects.requireNonNull(meterId, "meterId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(linkId, "linkId");
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(openingRegisterKwh, "openingRegisterKwh");
        Objects.requireNonNull(linkedAt, "linkedAt");
        Objects.requireNonNull(closingRegisterKwh, "closingRegisterKwh");
        Objects.requireNonNull(unlinkedAt, "unlinkedAt");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
