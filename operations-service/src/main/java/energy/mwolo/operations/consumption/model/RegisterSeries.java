package energy.mwolo.operations.consumption.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A meter's usable register values around an instant, in time order: what the register read at that instant. A
 * value between two readings is interpolated linearly; it counts as measured when a reading lies within
 * {@code measuredWithin} of the instant, estimated otherwise, and estimated too when readings lie on one side only
 * (the nearest value is taken: nothing is extrapolated).
 */
public final class RegisterSeries {

    private final List<Point> points;
    private final Duration measuredWithin;

    public RegisterSeries(List<Point> points, Duration measuredWithin) {
        this.points = Objects.requireNonNull(points, "points").stream().sorted(Comparator.comparing(Point::at)).toList();
        this.measuredWithin = Objects.requireNonNull(measuredWithin, "measuredWithin");
    }

    /** The register at {@code at}, or empty when the meter has no reading at all. */
    public Optional<Bound> at(Instant at) {
        Point before = null;
        Point after = null;
        for (Point point : points) {
            if (!point.at().isAfter(at)) {
                before = point;
            } else {
                after = point;
                break;
            }
        }
        if (before != null && before.at().equals(at)) {
            return Optional.of(new Bound(before.kwh(), false));
        }
        if (before == null && after == null) {
            return Optional.empty();
        }
        if (before == null || after == null) {
            return Optional.of(new Bound((before == null ? after : before).kwh(), true));
        }
        boolean measured = Duration.between(before.at(), at).compareTo(measuredWithin) <= 0
                || Duration.between(at, after.at()).compareTo(measuredWithin) <= 0;
        BigDecimal rise = after.kwh().subtract(before.kwh());
        if (rise.signum() < 0) {
            // A rollover between the two: the value before stands until the wrap.
            return Optional.of(new Bound(before.kwh(), !measured));
        }
        BigDecimal share = BigDecimal.valueOf(Duration.between(before.at(), at).toMillis())
                .divide(BigDecimal.valueOf(Duration.between(before.at(), after.at()).toMillis()), MathContext.DECIMAL64);
        BigDecimal value = before.kwh().add(rise.multiply(share)).setScale(3, RoundingMode.HALF_UP);
        return Optional.of(new Bound(value, !measured));
    }

    /** A stored reading usable for consumption. */
    public record Point(Instant at, BigDecimal kwh) {
    }

    /** The register at an instant, and whether it was estimated rather than measured. */
    public record Bound(BigDecimal kwh, boolean estimated) {
    }
}
