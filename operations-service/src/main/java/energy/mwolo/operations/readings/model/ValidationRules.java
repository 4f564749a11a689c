package energy.mwolo.operations.readings.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The VEE-lite rules (validation, estimation, editing) a reading meets against its meter's {@link MeterHistory}.
 *
 * @param spikeFactor         a consumption above this many typical days (at least one day) is a spike
 * @param futureTolerance     how far past now a meter's clock may run before its readings are future-dated
 * @param registerCapacityKwh the register's capacity: it wraps to zero there (999999.999 kWh wraps at 1000000)
 */
public record ValidationRules(BigDecimal spikeFactor, Duration futureTolerance, BigDecimal registerCapacityKwh) {

    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);
    /** A wrap is told from a fall only near both ends: the previous value in the top tenth, the new one in the bottom. */
    private static final BigDecimal WRAP_BAND = new BigDecimal("0.1");
    /** The weight of the newest day in the typical daily consumption (an exponential average over about 20 days). */
    private static final BigDecimal NEWEST_WEIGHT = new BigDecimal("0.1");
    /** Shorter intervals say too little about a day to move the typical day. */
    private static final Duration SHORTEST_SAMPLE = Duration.ofHours(1);

    public ValidationRules {
        Objects.requireNonNull(spikeFactor, "spikeFactor");
        Objects.requireNonNull(futureTolerance, "futureTolerance");
        Objects.requireNonNull(registerCapacityKwh, "registerCapacityKwh");
        if (spikeFactor.signum() <= 0 || registerCapacityKwh.signum() <= 0 || futureTolerance.isNegative()) {
            throw new IllegalArgumentException("spike factor and register capacity must be positive, tolerance not negative");
        }
    }

    /**
     * Judges a reading of {@code kwh} taken at {@code readAt}. A reading at the very instant of a stored one is a
     * duplicate: the stored one stays, whatever the value.
     */
    public Verdict judge(BigDecimal kwh, Instant readAt, MeterHistory history, Instant now) {
        Objects.requireNonNull(kwh, "kwh");
        Objects.requireNonNull(readAt, "readAt");
        if (history.previous() != null && history.previous().at().equals(readAt)) {
            return Verdict.ofDuplicate();
        }
        Set<ReadingFlag> flags = EnumSet.noneOf(ReadingFlag.class);
        if (readAt.isAfter(now.plus(futureTolerance))) {
            flags.add(ReadingFlag.FUTURE_DATED);
        }
        BigDecimal consumption = null;
        var baseline = history.baselineFor(readAt);
        if (baseline.isPresent()) {
            BigDecimal delta = kwh.subtract(baseline.get().kwh());
            if (delta.signum() < 0 && wrapped(baseline.get().kwh(), kwh)) {
                flags.add(ReadingFlag.ROLLOVER);
                delta = delta.add(registerCapacityKwh);
            } else if (delta.signum() < 0) {
                flags.add(ReadingFlag.NEGATIVE_CONSUMPTION);
                delta = null;
            }
            if (delta != null && isSpike(delta, Duration.between(baseline.get().at(), readAt),
                    history.typicalDailyKwh())) {
                flags.add(ReadingFlag.SPIKE);
            }
            consumption = delta;
        }
        if (history.next() != null) {
            flags.add(ReadingFlag.LATE);
            boolean nextResets = history.linkOpenedBeforeNext(readAt);
            if (!nextResets && kwh.compareTo(history.next().kwh()) > 0 && !wrapped(kwh, history.next().kwh())) {
                // The stored next reading would now show a fall: the late value does not fit between its neighbours.
                flags.add(ReadingFlag.NEGATIVE_CONSUMPTION);
            }
        }
        return new Verdict(flags, consumption, false);
    }

    /**
     * The meter's typical daily consumption once {@code verdict}'s reading is counted: only clean readings in order,
     * at least an hour after their baseline, move it.
     */
    public BigDecimal typicalDailyAfter(BigDecimal typical, Verdict verdict, Duration sinceBaseline) {
        if (verdict.duplicate() || !verdict.flags().isEmpty() || verdict.consumptionKwh() == null
                || sinceBaseline.compareTo(SHORTEST_SAMPLE) < 0) {
            return typical;
        }
        BigDecimal days = BigDecimal.valueOf(sinceBaseline.toSeconds()).divide(SECONDS_PER_DAY, MathContext.DECIMAL64);
        BigDecimal perDay = verdict.consumptionKwh().divide(days, MathContext.DECIMAL64);
        BigDecimal next = typical == null
                ? perDay
                : typical.multiply(BigDecimal.ONE.subtract(NEWEST_WEIGHT)).add(perDay.multiply(NEWEST_WEIGHT));
        return next.setScale(3, RoundingMode.HALF_UP);
    }

    private boolean wrapped(BigDecimal before, BigDecimal after) {
        BigDecimal band = registerCapacityKwh.multiply(WRAP_BAND);
        return before.compareTo(registerCapacityKwh.subtract(band)) >= 0 && after.compareTo(band) < 0;
    }

    private boolean isSpike(BigDecimal consumption, Duration elapsed, BigDecimal typicalDailyKwh) {
        if (typicalDailyKwh == null || typicalDailyKwh.signum() <= 0) {
            return false;
        }
        BigDecimal days = BigDecimal.valueOf(Math.max(elapsed.toSeconds(), 0)).divide(SECONDS_PER_DAY,
                MathContext.DECIMAL64).max(BigDecimal.ONE);
        return consumption.compareTo(typicalDailyKwh.multiply(spikeFactor).multiply(days)) > 0;
    }
}
