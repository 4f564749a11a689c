package energy.mwolo.operations.readings.model;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What validation says of one reading: a duplicate is not stored again; any other reading is stored with its flags
 * and the consumption since its baseline (null for a first reading or a fall).
 */
public record Verdict(Set<ReadingFlag> flags, BigDecimal consumptionKwh, boolean duplicate) {

    public Verdict {
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(Objects.requireNonNull(flags, "flags")));
    }

    static Verdict ofDuplicate() {
        return new Verdict(Set.of(), null, true);
    }

    /** Whether the reading may become the meter's last reading and count in consumption. */
    public boolean usable() {
        if (duplicate) {
            return false;
        }
        // A loop, not a stream: this runs for every reading ingested, nearly always over no flag at all.
        for (ReadingFlag flag : flags) {
            if (!flag.usableForConsumption()) {
                return false;
            }
        }
        return true;
    }
}
