package energy.mwolo.operations.consumption.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A contract's consumption over a period: for each link of the contract overlapping it, the register at the later of
 * the link's opening and the period's start, and at the earlier of its closing and the period's end; the deltas
 * add up, so a meter swapped mid-month counts both meters. A link's own opening and closing values are measured; a
 * period bound is read from the meter's readings ({@link RegisterSeries}). A register that wrapped counts the wrap.
 */
public final class ConsumptionCalculator {

    private final BigDecimal registerCapacityKwh;

    public ConsumptionCalculator(BigDecimal registerCapacityKwh) {
        this.registerCapacityKwh = Objects.requireNonNull(registerCapacityKwh, "registerCapacityKwh");
    }

    /**
     * @param links   the contract's links, any order
     * @param readings each linked meter's usable readings around the period
     * @return empty when no link overlaps the period, or a meter has no reading to read a bound from
     */
    public Optional<Consumption> compute(BillingPeriod period, List<LinkSpan> links,
                                         Map<UUID, RegisterSeries> readings) {
        List<LinkSpan> spans = links.stream().filter(link -> link.overlaps(period))
                .sorted(Comparator.comparing(LinkSpan::linkedAt)).toList();
        if (spans.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal total = BigDecimal.ZERO;
        boolean estimated = false;
        RegisterSeries.Bound firstStart = null;
        RegisterSeries.Bound lastEnd = null;
        for (LinkSpan span : spans) {
            RegisterSeries series = readings.get(span.meterId());
            RegisterSeries.Bound start = span.linkedAt().isAfter(period.start())
                    ? new RegisterSeries.Bound(span.openingKwh(), false)
                    : bound(series, period.start());
            RegisterSeries.Bound end = span.unlinkedAt() != null && !span.unlinkedAt().isAfter(period.end())
                    ? new RegisterSeries.Bound(span.closingKwh(), false)
                    : bound(series, period.end());
            if (start == null || end == null) {
                return Optional.empty();
            }
            BigDecimal delta = end.kwh().subtract(start.kwh());
            if (delta.signum() < 0) {
                delta = delta.add(registerCapacityKwh);
            }
            total = total.add(delta);
            estimated |= start.estimated() || end.estimated();
            firstStart = firstStart == null ? start : firstStart;
            lastEnd = end;
        }
        LinkSpan last = spans.get(spans.size() - 1);
        boolean plain = spans.size() == 1 && !estimated;
        return Optional.of(new Consumption(last.meterId(), last.meterNumber(), total, estimated,
                plain ? firstStart.kwh() : null, plain ? lastEnd.kwh() : null));
    }

    private static RegisterSeries.Bound bound(RegisterSeries series, Instant at) {
        return series == null ? null : series.at(at).orElse(null);
    }

    /**
     * A period's figure. The register values are given for a period one meter measured throughout from measured
     * bounds; a swap or an estimate leaves them out ({@code kwh} is authoritative).
     * Nullable: registerStartKwh, registerEndKwh.
     */
    public record Consumption(UUID meterId, String meterNumber, BigDecimal kwh, boolean estimated,
                              BigDecimal registerStartKwh, BigDecimal registerEndKwh) {

        /** Whether billing would see another figure than {@code other}'s. */
        public boolean differsFrom(BigDecimal otherKwh, boolean otherEstimated) {
            return kwh.compareTo(otherKwh) != 0 || estimated != otherEstimated;
        }
    }
}
