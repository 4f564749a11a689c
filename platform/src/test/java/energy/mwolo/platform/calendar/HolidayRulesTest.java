package energy.mwolo.platform.calendar;

import static energy.mwolo.platform.calendar.CongoCalendar.ARMED_FORCES;
import static energy.mwolo.platform.calendar.CongoCalendar.LABOUR_DAY;
import static energy.mwolo.platform.calendar.CongoCalendar.MARTYRS;
import static energy.mwolo.platform.calendar.CongoCalendar.NEW_YEAR;
import static energy.mwolo.platform.calendar.CongoCalendar.PARENTS_DAY_2024_EXTRA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HolidayRulesTest {

    private final HolidayRules congo = CongoCalendar.holidays();

    @Test
    void aRecurringHolidayOnAWeekdayIsObservedOnItsDate() {
        assertThat(congo.isHoliday(LocalDate.of(2026, 6, 30))).isTrue();
        assertThat(congo.isHoliday(LocalDate.of(2026, 6, 29))).isFalse();
    }

    @Test
    void aRecurringHolidayIsObservedOnlyInTheYearsOfItsValidity() {
        HolidayRule repealed = HolidayRule.recurring(UUID.randomUUID(), MonthDay.of(3, 12), 2024, 2025);
        HolidayRules rules = HolidayRules.of(List.of(repealed));

        assertThat(rules.isHoliday(LocalDate.of(2023, 3, 12))).isFalse();
        assertThat(rules.isHoliday(LocalDate.of(2024, 3, 12))).isTrue();
        assertThat(rules.isHoliday(LocalDate.of(2025, 3, 12))).isTrue();
        assertThat(rules.isHoliday(LocalDate.of(2026, 3, 12))).isFalse();
    }

    @Test
    void aHolidayFallingOnASundayIsObservedOnTheSaturdayBefore() {
        // 17 May 2026 is a Sunday.
        assertThat(congo.isHoliday(LocalDate.of(2026, 5, 16))).isTrue();
        assertThat(congo.isHoliday(LocalDate.of(2026, 5, 17))).isFalse();
        assertThat(congo.isHoliday(LocalDate.of(2026, 5, 18))).isFalse();
        assertThat(congo.observedIn(2026)).filteredOn(o -> o.holidayId().equals(ARMED_FORCES))
                .containsExactly(new Observance(ARMED_FORCES, HolidayRule.Kind.RECURRING, LocalDate.of(2026, 5, 16),
                        LocalDate.of(2026, 5, 17), Observance.Reason.SUNDAY_RULE));
    }

    @Test
    void anOverrideMovesTheDateInsteadOfTheSundayRule() {
        // 4 January 2026 is a Sunday; the government observed it on Monday 5 January, not on Saturday 3.
        assertThat(congo.isHoliday(LocalDate.of(2026, 1, 5))).isTrue();
        assertThat(congo.isHoliday(LocalDate.of(2026, 1, 3))).isFalse();
        assertThat(congo.isHoliday(LocalDate.of(2026, 1, 4))).isFalse();
        assertThat(congo.observedIn(2026)).filteredOn(o -> o.holidayId().equals(MARTYRS))
                .containsExactly(new Observance(MARTYRS, HolidayRule.Kind.RECURRING, LocalDate.of(2026, 1, 5),
                        LocalDate.of(2026, 1, 4), Observance.Reason.OVERRIDE));
    }

    @Test
    void anOverrideOfOneYearLeavesTheOtherYearsToTheRule() {
        // 4 January 2032 is a Sunday again: the ordinance's rule applies.
        assertThat(congo.isHoliday(LocalDate.of(2032, 1, 3))).isTrue();
        assertThat(congo.isHoliday(LocalDate.of(2032, 1, 5))).isFalse();
    }

    @Test
    void anOverrideMayKeepASundayHolidayOnItsSunday() {
        HolidayRules rules = CongoCalendar.holidaysWith(ARMED_FORCES,
                YearOverride.observedOn(2026, LocalDate.of(2026, 5, 17)));

        assertThat(rules.isHoliday(LocalDate.of(2026, 5, 17))).isTrue();
        assertThat(rules.isHoliday(LocalDate.of(2026, 5, 16))).isFalse();
    }

    @Test
    void aCancelledOccurrenceIsNotObservedThatYearOnly() {
        HolidayRules rules = CongoCalendar.holidaysWith(LABOUR_DAY, YearOverride.notObserved(2026));

        assertThat(rules.isHoliday(LocalDate.of(2026, 5, 1))).isFalse();
        assertThat(rules.observedIn(2026)).noneMatch(o -> o.holidayId().equals(LABOUR_DAY));
        assertThat(rules.isHoliday(LocalDate.of(2025, 5, 1))).isTrue();
        assertThat(rules.isHoliday(LocalDate.of(2028, 5, 1))).isTrue();
    }

    @Test
    void anExtraDayIsObservedOnItsDateInItsYearOnly() {
        assertThat(congo.isHoliday(LocalDate.of(2024, 8, 2))).isTrue();
        assertThat(congo.isHoliday(LocalDate.of(2025, 8, 2))).isFalse();
        assertThat(congo.observedIn(2024)).filteredOn(o -> o.holidayId().equals(PARENTS_DAY_2024_EXTRA))
                .containsExactly(new Observance(PARENTS_DAY_2024_EXTRA, HolidayRule.Kind.EXTRA,
                        LocalDate.of(2024, 8, 2), LocalDate.of(2024, 8, 2), Observance.Reason.AS_DECLARED));
    }

    @Test
    void anExtraDayOnASundayStaysOnItsSunday() {
        HolidayRules rules = HolidayRules.of(List.of(HolidayRule.extra(UUID.randomUUID(), LocalDate.of(2026, 3, 1))));

        assertThat(rules.isHoliday(LocalDate.of(2026, 3, 1))).isTrue();
        assertThat(rules.isHoliday(LocalDate.of(2026, 2, 28))).isFalse();
    }

    @Test
    void aNewYearOnASundayIsObservedOnTheLastDayOfTheYearBefore() {
        // 1 January 2034 is a Sunday.
        assertThat(congo.isHoliday(LocalDate.of(2033, 12, 31))).isTrue();
        assertThat(congo.observedIn(2033)).filteredOn(o -> o.holidayId().equals(NEW_YEAR))
                .extracting(Observance::date, Observance::nominalDate)
                .containsExactly(tuple(LocalDate.of(2033, 1, 1), LocalDate.of(2033, 1, 1)),
                        tuple(LocalDate.of(2033, 12, 31), LocalDate.of(2034, 1, 1)));
        assertThat(congo.observedIn(2034)).noneMatch(o -> o.holidayId().equals(NEW_YEAR));
    }

    @Test
    void anOverrideMayMoveAnOccurrenceIntoTheNextYear() {
        HolidayRule christmas = HolidayRule.recurring(UUID.randomUUID(), MonthDay.of(12, 25), 2023, null)
                .withOverride(YearOverride.observedOn(2027, LocalDate.of(2028, 1, 3)));
        HolidayRules rules = HolidayRules.of(List.of(christmas));

        assertThat(rules.isHoliday(LocalDate.of(2028, 1, 3))).isTrue();
        assertThat(rules.observedIn(2027)).isEmpty();
        assertThat(rules.observedIn(2028)).extracting(Observance::date)
                .containsExactly(LocalDate.of(2028, 1, 3), LocalDate.of(2028, 12, 25));
    }

    @Test
    void twoHolidaysObservedOnOneDayAreBothListed() {
        // 17 January 2027 is a Sunday: Lumumba's day moves onto Kabila's day, Saturday 16 January.
        assertThat(congo.observedIn(2027)).filteredOn(o -> o.date().equals(LocalDate.of(2027, 1, 16))).hasSize(2);
        assertThat(congo.isHoliday(LocalDate.of(2027, 1, 16))).isTrue();
    }

    @Test
    void theObservancesOfAYearAreInDateOrder() {
        assertThat(congo.observedIn(2026)).extracting(Observance::date).containsExactly(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 16),
                LocalDate.of(2026, 1, 17), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 16), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 8, 1),
                LocalDate.of(2026, 12, 25));
    }

    @Test
    void settingAnOverrideAgainReplacesTheOneOfThatYear() {
        HolidayRule rule = HolidayRule.recurring(UUID.randomUUID(), MonthDay.of(5, 1), 2023, null)
                .withOverride(YearOverride.notObserved(2026))
                .withOverride(YearOverride.observedOn(2026, LocalDate.of(2026, 5, 4)));

        assertThat(rule.overrides()).containsExactly(YearOverride.observedOn(2026, LocalDate.of(2026, 5, 4)));
        assertThat(rule.withoutOverride(2026).overrides()).isEmpty();
    }

    @Test
    void aRecurringHolidayOnTheTwentyNinthOfFebruaryIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> HolidayRule.recurring(UUID.randomUUID(), MonthDay.of(2, 29), 2024, null));
    }

    @Test
    void aValidityEndingBeforeItStartsIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> HolidayRule.recurring(UUID.randomUUID(), MonthDay.of(3, 10), 2026, 2025));
    }

    @Test
    void anOverrideOutsideTheValidityIsRefused() {
        HolidayRule rule = HolidayRule.recurring(UUID.randomUUID(), MonthDay.of(3, 10), 2024, 2025);

        assertThatIllegalArgumentException().isThrownBy(() -> rule.withOverride(YearOverride.notObserved(2026)));
        assertThatIllegalArgumentException().isThrownBy(() -> rule.withOverride(YearOverride.notObserved(2023)));
    }

    @Test
    void anExtraDayTakesNoOverride() {
        HolidayRule extra = HolidayRule.extra(UUID.randomUUID(), LocalDate.of(2024, 8, 2));

        assertThatIllegalArgumentException().isThrownBy(() -> extra.withOverride(YearOverride.notObserved(2024)));
    }

    @Test
    void twoRulesWithOneIdAreRefused() {
        UUID id = UUID.randomUUID();

        assertThatIllegalArgumentException().isThrownBy(() -> HolidayRules.of(List.of(
                HolidayRule.recurring(id, MonthDay.of(3, 10), 2024, null),
                HolidayRule.recurring(id, MonthDay.of(3, 11), 2024, null))));
    }

    @Test
    void rulesAreEqualWhateverOrderTheyCameIn() {
        List<HolidayRule> rules = CongoCalendar.ordinance();
        List<HolidayRule> reversed = new java.util.ArrayList<>(rules);
        java.util.Collections.reverse(reversed);

        assertThat(HolidayRules.of(rules)).isEqualTo(HolidayRules.of(reversed));
    }
}
