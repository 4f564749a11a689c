package energy.mwolo.operations.meters.model;

import energy.mwolo.operations.kernel.ContractId;
import java.time.Instant;
import java.util.Objects;

/**
 * A period during which a meter measured a contract's supply, from {@code linkedAt} at the opening register value to
 * {@code unlinkedAt} at the closing one (both null while it is open). Consumption over the link is the closing
 * value less the opening one.
 *
 * @param replacesMeter   the meter whose link this one continued, in a meter swap
 * @param replacedByMeter the meter that continued this link, in a meter swap
 */
public record MeterLink(MeterLinkId id, ContractId contract, Instant linkedAt, RegisterValue opening,
                        Instant unlinkedAt, RegisterValue closing, MeterId replacesMeter, MeterId replacedByMeter) {

    public MeterLink {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(linkedAt, "linkedAt");
        Objects.requireNonNull(opening, "opening");
        if ((unlinkedAt == null) != (closing == null)) {
            throw new IllegalArgumentException("A closed link has both its end and its closing register value");
        }
    }

    static MeterLink open(ContractId contract, Instant at, RegisterValue opening, MeterId replacesMeter) {
        return new MeterLink(MeterLinkId.newId(), contract, at, opening, null, null, replacesMeter, null);
    }

    public boolean isOpen() {
        return unlinkedAt == null;
    }

    MeterLink closed(Instant at, RegisterValue closingValue, MeterId replacedBy) {
        return new MeterLink(id, contract, linkedAt, opening, at, closingValue, replacesMeter, replacedBy);
    }
}
