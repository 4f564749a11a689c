package energy.mwolo.operations.readings.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final Instant YESTERDAY = NOW.minus(Duration.ofDays(1));
    private final ValidationRules rules =
            new ValidationRules(new BigDecimal("5"), Duration.ofMinutes(10), new BigDecimal("1000000"));

    @Test
    void aFirstReadingIsCleanAndHasNoConsumption() {
        Verdict verdict = rules.judge(kwh("120.000"), NOW, MeterHistory.empty(), NOW);

        assertThat(verdict.flags()).isEmpty();
        assertThat(verdict.consumptionKwh()).isNull();
        assertThat(verdict.usable()).isTrue();
    }

    @Test
    void aReadingInOrderCountsTheDifferenceSinceThePreviousOne() {
        Verdict verdict = rules.judge(kwh("132.500"), NOW, history(at(YESTERDAY, "120.000"), null, "10"), NOW);

        assertThat(verdict.flags()).isEmpty();
        assertThat(verdict.consumptionKwh()).isEqualByComparingTo("12.5");
    }

    @Test
    void aReadingAtTheInstantOfAStoredOneIsADuplicateWhateverItsValue() {
        Verdict verdict = rules.judge(kwh("999.000"), YESTERDAY, history(at(YESTERDAY, "120.000"), null, null), NOW);

        assertThat(verdict.duplicate()).isTrue();
        assertThat(verdict.usable()).isFalse();
    }

    @Test
    void aRegisterThatWentDownIsNegativeConsumptionAndNotUsable() {
        Verdict verdict = rules.judge(kwh("110.000"), NOW, history(at(YESTERDAY, "120.000"), null, null), NOW);

        assertThat(verdict.flags()).containsExactly(ReadingFlag.NEGATIVE_CONSUMPTION);
        assertThat(verdict.consumptionKwh()).isNull();
        assertThat(verdict.usable()).isFalse();
    }

    @Test
    void aRegisterThatWrappedPastItsCapacityIsARolloverWithTheWrapCounted() {
        Verdict verdict = rules.judge(kwh("3.000"), NOW, history(at(YESTERDAY, "999995.000"), null, null), NOW);

        assertThat(verdict.flags()).containsExactly(ReadingFlag.ROLLOVER);
        assertThat(verdict.consumptionKwh()).isEqualByComparingTo("8");
        assertThat(verdict.usable()).isTrue();
    }

    @Test
    void aFallAfterALinkOpenedOnTheMeterCountsFromTheLinksOpeningValue() {
        MeterHistory history = new MeterHistory(at(YESTERDAY, "5400.000"), null,
                List.of(at(NOW.minus(Duration.ofHours(2)), "0.000")), null);

        Verdict verdict = rules.judge(kwh("1.250"), NOW, history, NOW);

        assertThat(verdict.flags()).isEmpty();
        assertThat(verdict.consumptionKwh()).isEqualByComparingTo("1.25");
    }

    @Test
    void moreThanTheSpikeFactorTimesATypicalDayIsASpikeButStillCounts() {
        Verdict verdict = rules.judge(kwh("171.000"), NOW, history(at(YESTERDAY, "120.000"), null, "10"), NOW);

        assertThat(verdict.flags()).containsExactly(ReadingFlag.SPIKE);
        assertThat(verdict.consumptionKwh()).isEqualByComparingTo("51");
        assertThat(verdict.usable()).isTrue();
    }

    @Test
    void theSpikeThresholdGrowsWithTheDaysSinceThePreviousReadingButNeverBelowOneDay() {
        Instant threeDaysAgo = NOW.minus(Duration.ofDays(3));
        Instant anHourAgo = NOW.minus(Duration.ofHours(1));

        assertThat(rules.judge(kwh("269.000"), NOW, history(at(threeDaysAgo, "120.000"), null, "10"), NOW).flags())
                .isEmpty();
        assertThat(rules.judge(kwh("169.000"), NOW, history(at(anHourAgo, "120.000"), null, "10"), NOW).flags())
                .isEmpty();
    }

    @Test
    void withoutATypicalDayNothingIsASpike() {
        Verdict verdict = rules.judge(kwh("9120.000"), NOW, history(at(YESTERDAY, "120.000"), null, null), NOW);

        assertThat(verdict.flags()).isEmpty();
    }

    @Test
    void aReadingBeyondTheClockToleranceIsFutureDatedAndNotUsable() {
        Verdict verdict = rules.judge(kwh("121.000"), NOW.plus(Duration.ofMinutes(11)),
                history(at(YESTERDAY, "120.000"), null, null), NOW);

        assertThat(verdict.flags()).containsExactly(ReadingFlag.FUTURE_DATED);
        assertThat(verdict.usable()).isFalse();
        assertThat(rules.judge(kwh("121.000"), NOW.plus(Duration.ofMinutes(9)),
                history(at(YESTERDAY, "120.000"), null, null), NOW).flags()).isEmpty();
    }

    @Test
    void aLateReadingBetweenItsNeighboursIsAcceptedLate() {
        MeterHistory history = history(at(YESTERDAY, "120.000"), at(NOW, "140.000"), null);

        Verdict verdict = rules.judge(kwh("130.000"), NOW.minus(Duration.ofHours(12)), history, NOW);

        assertThat(verdict.flags()).containsExactly(ReadingFlag.LATE);
        assertThat(verdict.consumptionKwh()).isEqualByComparingTo("10");
        assertThat(verdict.usable()).isTrue();
    }

    @Test
    void aLateReadingAboveTheNextStoredOneDoesNotFitAndIsNotUsable() {
        MeterHistory history = history(at(YESTERDAY, "120.000"), at(NOW, "140.000"), null);

        Verdict verdict = rules.judge(kwh("150.000"), NOW.minus(Duration.ofHours(12)), history, NOW);

        assertThat(verdict.flags()).containsExactlyInAnyOrder(ReadingFlag.LATE, ReadingFlag.NEGATIVE_CONSUMPTION);
        assertThat(verdict.usable()).isFalse();
    }

    @Test
    void theTypicalDayStartsAtTheFirstCleanDayThenMovesByATenthOfEachNewOne() {
        Verdict first = rules.judge(kwh("132.000"), NOW, history(at(YESTERDAY, "120.000"), null, null), NOW);
        BigDecimal typical = rules.typicalDailyAfter(null, first, Duration.ofDays(1));
        Verdict second = rules.judge(kwh("154.000"), NOW, history(at(YESTERDAY, "132.000"), null, "12"), NOW);

        assertThat(typical).isEqualByComparingTo("12");
        assertThat(rules.typicalDailyAfter(typical, second, Duration.ofDays(1))).isEqualByComparingTo("13");
    }

    @Test
    void flaggedOrShortIntervalsLeaveTheTypicalDayAsItWas() {
        Verdict spike = rules.judge(kwh("171.000"), NOW, history(at(YESTERDAY, "120.000"), null, "10"), NOW);
        Verdict clean = rules.judge(kwh("120.100"), NOW, history(at(NOW.minusSeconds(900), "120.000"), null, "10"),
                NOW);

        assertThat(rules.typicalDailyAfter(new BigDecimal("10"), spike, Duration.ofDays(1))).isEqualByComparingTo("10");
        assertThat(rules.typicalDailyAfter(new BigDecimal("10"), clean, Duration.ofMinutes(15)))
                .isEqualByComparingTo("10");
    }

    private static MeterHistory history(RegisterAt previous, RegisterAt next, String typical) {
        return new MeterHistory(previous, next, List.of(), typical == null ? null : new BigDecimal(typical));
    }

    private static RegisterAt at(Instant at, String kwh) {
        return new RegisterAt(at, new BigDecimal(kwh));
    }

    private static BigDecimal kwh(String value) {
        return new BigDecimal(value);
    }
}
