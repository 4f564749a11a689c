package energy.mwolo.operations.readings.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a reading is validated against, around its instant: the meter's stored reading at or before it, the first
 * one after it (present when the reading is late), the links opened on the meter (each starts its register anew:
 * a refurbished meter installed elsewhere, a swap), and its typical daily consumption when known.
 * Nullable: previous, next, typicalDailyKwh.
 */
public record MeterHistory(RegisterAt previous, RegisterAt next, List<RegisterAt> linkOpenings,
                           BigDecimal typicalDailyKwh) {

    public MeterHistory {
        linkOpenings = List.copyOf(Objects.requireNonNull(linkOpenings, "linkOpenings"));
    }

    public static MeterHistory empty() {
        return new MeterHistory(null, null, List.of(), null);
    }

    /** The register value consumption counts from at {@code readAt}: the later of the previous reading and a link opened after it. */
    Optional<RegisterAt> baselineFor(Instant readAt) {
        RegisterAt baseline = previous;
        for (RegisterAt opening : linkOpenings) {
            if (!opening.at().isAfter(readAt) && (baseline == null || opening.at().isAfter(baseline.at()))) {
                baseline = opening;
            }
        }
        return Optional.ofNullable(baseline);
    }

    /** Whether a link opened between {@code readAt} (excluded) and the next reading (included). */
    boolean linkOpenedBeforeNext(Instant readAt) {
        return next != null && linkOpenings.stream()
                .anyMatch(opening -> opening.at().isAfter(readAt) && !opening.at().isAfter(next.at()));
    }
}
