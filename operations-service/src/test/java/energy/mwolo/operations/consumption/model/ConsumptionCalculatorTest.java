package energy.mwolo.operations.consumption.model;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.operations.consumption.model.ConsumptionCalculator.Consumption;
import energy.mwolo.operations.consumption.model.RegisterSeries.Point;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConsumptionCalculatorTest {

    private static final BillingPeriod MAY = new BillingPeriod(YearMonth.of(2026, 5));
    private static final Duration HOUR = Duration.ofHours(1);
    private final ConsumptionCalculator calculator = new ConsumptionCalculator(new BigDecimal("1000000"));
    private final UUID oldMeter = UUID.randomUUID();
    private final UUID newMeter = UUID.randomUUID();

    @Test
    void aPeriodIsCutAtMidnightInKinshasa() {
        assertThat(MAY.start()).isEqualTo(Instant.parse("2026-04-30T23:00:00Z"));
        assertThat(MAY.end()).isEqualTo(Instant.parse("2026-05-31T23:00:00Z"));
        assertThat(MAY.lastDay()).hasDayOfMonth(31);
    }

    @Test
    void oneMeterThroughoutGivesTheDifferenceOfItsRegistersAtTheBounds() {
        var link = new LinkSpan(oldMeter, "M-1", Instant.parse("2026-01-01T00:00:00Z"), kwh("0"), null, null);
        var series = series(point(MAY.start(), "1000"), point(MAY.end(), "1250.5"));

        Consumption consumption = calculator.compute(MAY, List.of(link), Map.of(oldMeter, series)).orElseThrow();

        assertThat(consumption.kwh()).isEqualByComparingTo("250.5");
        assertThat(consumption.estimated()).isFalse();
        assertThat(consumption.registerStartKwh()).isEqualByComparingTo("1000");
        assertThat(consumption.registerEndKwh()).isEqualByComparingTo("1250.5");
    }

    @Test
    void aBoundBetweenTwoNearReadingsIsInterpolatedAndCountsAsMeasured() {
        var link = new LinkSpan(oldMeter, "M-1", Instant.parse("2026-01-01T00:00:00Z"), kwh("0"), null, null);
        var series = series(point(MAY.start().minus(Duration.ofMinutes(30)), "990"),
                point(MAY.start().plus(Duration.ofMinutes(30)), "1010"), point(MAY.end(), "1100"));

        Consumption consumption = calculator.compute(MAY, List.of(link), Map.of(oldMeter, series)).orElseThrow();

        assertThat(consumption.kwh()).isEqualByComparingTo("100");
        assertThat(consumption.estimated()).isFalse();
    }

    @Test
    void aBoundFarFromAnyReadingIsEstimatedAndTheRegistersAreLeftOut() {
        var link = new LinkSpan(oldMeter, "M-1", Instant.parse("2026-01-01T00:00:00Z"), kwh("0"), null, null);
        var series = series(point(MAY.start().minus(Duration.ofDays(5)), "900"),
                point(MAY.start().plus(Duration.ofDays(5)), "1000"), point(MAY.end(), "1400"));

        Consumption consumption = calculator.compute(MAY, List.of(link), Map.of(oldMeter, series)).orElseThrow();

        assertThat(consumption.kwh()).isEqualByComparingTo("450");
        assertThat(consumption.estimated()).isTrue();
        assertThat(consumption.registerStartKwh()).isNull();
    }

    @Test
    void aSwapMidMonthSumsBothMetersFromTheirLinkValues() {
        Instant swap = Instant.parse("2026-05-15T10:00:00Z");
        var before = new LinkSpan(oldMeter, "M-OLD", Instant.parse("2026-01-01T00:00:00Z"), kwh("0"), swap,
                kwh("5300"));
        var after = new LinkSpan(newMeter, "M-NEW", swap, kwh("0"), null, null);

        Consumption consumption = calculator.compute(MAY, List.of(after, before), Map.of(
                oldMeter, series(point(MAY.start(), "5000")),
                newMeter, series(point(swap, "0"), point(MAY.end(), "180")))).orElseThrow();

        assertThat(consumption.kwh()).isEqualByComparingTo("480");
        assertThat(consumption.meterNumber()).isEqualTo("M-NEW");
        assertThat(consumption.estimated()).isFalse();
        assertThat(consumption.registerStartKwh()).isNull();
    }

    @Test
    void aRegisterThatWrappedDuringThePeriodCountsTheWrap() {
        var link = new LinkSpan(oldMeter, "M-1", Instant.parse("2026-01-01T00:00:00Z"), kwh("0"), null, null);
        var series = series(point(MAY.start(), "999900"), point(MAY.end(), "100"));

        assertThat(calculator.compute(MAY, List.of(link), Map.of(oldMeter, series)).orElseThrow().kwh())
                .isEqualByComparingTo("200");
    }

    @Test
    void aContractWithoutLinkInThePeriodOrWithoutReadingsHasNoFigure() {
        var earlier = new LinkSpan(oldMeter, "M-1", Instant.parse("2026-01-01T00:00:00Z"), kwh("0"),
                Instant.parse("2026-03-01T00:00:00Z"), kwh("10"));
        var open = new LinkSpan(newMeter, "M-2", Instant.parse("2026-03-01T00:00:00Z"), kwh("0"), null, null);

        assertThat(calculator.compute(MAY, List.of(earlier), Map.of())).isEmpty();
        assertThat(calculator.compute(MAY, List.of(open), Map.of())).isEmpty();
    }

    private static RegisterSeries series(Point... points) {
        return new RegisterSeries(List.of(points), HOUR);
    }

    private static Point point(Instant at, String kwh) {
        return new Point(at, kwh(kwh));
    }

    private static BigDecimal kwh(String value) {
        return new BigDecimal(value);
    }
}
