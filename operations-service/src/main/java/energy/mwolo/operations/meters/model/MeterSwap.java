package energy.mwolo.operations.meters.model;

import energy.mwolo.operations.kernel.InvalidField;
import java.time.Instant;

/**
 * Replaces the meter measuring a contract by another, at one instant: the old link closes at the old meter's final
 * register value and the contract's new link opens at the new meter's first one, each naming the other meter. The
 * contract is never without a meter in between, nor with two.
 */
public final class MeterSwap {

    private MeterSwap() {
    }

    public static void swap(Meter old, Meter replacement, RegisterValue oldClosing, RegisterValue newOpening,
                            Instant at, Instant now) {
        if (old.id().equals(replacement.id())) {
            throw new InvalidField("replacement", "meters.swap.same_meter");
        }
        MeterLink current = old.currentLink().orElseThrow(() -> new MeterNotLinked(old.number()));
        ServedContract contract = new ServedContract(current.contract(), old.site());
        if (!replacement.site().equals(old.site())) {
            throw new InvalidField("replacement", "meters.swap.another_site", replacement.number());
        }
        // Both halves are checked before either changes: a refused swap leaves both meters as they were.
        replacement.checkCanLink(contract, at, now);
        old.closeLink(oldClosing, at, now, replacement.id());
        replacement.openLink(contract, newOpening, at, now, old.id());
    }
}
