package energy.mwolo.geo.calendar.model;

import static energy.mwolo.geo.calendar.model.CalendarFixtures.CONGO;
import static energy.mwolo.geo.calendar.model.CalendarFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import energy.mwolo.platform.calendar.HolidayRules;
import energy.mwolo.platform.calendar.Observance;
import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublicHolidayTest {

    private static final HolidayNames LABOUR_DAY = new HolidayNames("Fête du travail", "Labour Day");

    @Test
    void declaringAHolidayRecordsItsDeclaration() {
        PublicHoliday holiday = PublicHoliday.declareRecurring(CONGO, LABOUR_DAY, MonthDay.of(5, 1), 2023, null,
                NOW);

        assertThat(holiday.pullEvents()).containsExactly(new HolidayEvent.Declared(NOW));
        assertThat(holiday.pullEvents()).isEmpty();
    }

    @Test
    void aSundayOccurrenceIsObservedOnTheSaturdayBeforeUntilAnOverrideMovesIt() {
        PublicHoliday martyrs = CalendarFixtures.martyrsOfIndependence();
        assertThat(observedIn(martyrs, 2026)).extracting(Observance::date).containsExactly(LocalDate.of(2026, 1, 3));

        martyrs.observeOn(2026, LocalDate.of(2026, 1, 5), NOW);

        assertThat(observedIn(martyrs, 2026)).extracting(Observance::date, Observance::nominalDate)
                .containsExactly(tuple(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 4)));
        assertThat(martyrs.pullEvents()).containsExactly(new HolidayEvent.Declared(NOW));
    }

    @Test
    void settingTheSameOverrideAgainChangesNothingAndRecordsNothing() {
        PublicHoliday martyrs = CalendarFixtures.martyrsOfIndependence();
        martyrs.observeOn(2026, LocalDate.of(2026, 1, 5), NOW);
        martyrs.pullEvents();

        martyrs.observeOn(2026, LocalDate.of(2026, 1, 5), NOW);

        assertThat(martyrs.pullEvents()).isEmpty();
    }

    @Test
    void aSkippedYearIsNotObservedAndWithdrawingTheOverrideRestoresTheRule() {
        PublicHoliday martyrs = CalendarFixtures.martyrsOfIndependence();

        martyrs.skip(2027, NOW);
        assertThat(observedIn(martyrs, 2027)).isEmpty();

        martyrs.withdrawOverride(2027, NOW);
        assertThat(observedIn(martyrs, 2027)).extracting(Observance::date).containsExactly(LocalDate.of(2027, 1, 4));
        assertThat(martyrs.pullEvents()).hasSize(2);
    }

    @Test
    void withdrawingAnOverrideThatDoesNotExistIsNotFound() {
        assertThatThrownBy(() -> CalendarFixtures.martyrsOfIndependence().withdrawOverride(2026, NOW))
                .isInstanceOf(OverrideNotFound.class);
    }

    @Test
    void anOverrideOutsideTheHolidaysYearsIsRefusedNamingTheYear() {
        PublicHoliday repealed = PublicHoliday.declareRecurring(CONGO, LABOUR_DAY, MonthDay.of(5, 1), 2023, 2025,
                NOW);

        assertThatThrownBy(() -> repealed.skip(2026, NOW)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.field()).isEqualTo("year"));
    }

    @Test
    void anOverrideForAYearBeyondTheCalendarsRangeIsRefusedNamingTheYear() {
        assertThatThrownBy(() -> CalendarFixtures.martyrsOfIndependence().skip(3026, NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("year"));
    }

    @Test
    void anOverrideObservedYearsAwayIsRefused() {
        assertThatThrownBy(() -> CalendarFixtures.martyrsOfIndependence()
                .observeOn(2026, LocalDate.of(2028, 1, 5), NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("observed_on"));
    }

    @Test
    void anExtraDayTakesNoOverride() {
        PublicHoliday extra = PublicHoliday.declareExtra(CONGO, new HolidayNames("Lendemain de la fête des parents",
                "Day after Parents' Day"), LocalDate.of(2024, 8, 2), NOW);

        assertThatThrownBy(() -> extra.skip(2024, NOW)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT));
        assertThat(observedIn(extra, 2024)).extracting(Observance::date).containsExactly(LocalDate.of(2024, 8, 2));
    }

    @Test
    void aCancelledHolidayChangesNoMoreAndCancellingItAgainRecordsNothing() {
        PublicHoliday martyrs = CalendarFixtures.martyrsOfIndependence();

        martyrs.cancel(NOW);
        martyrs.cancel(NOW);

        assertThat(martyrs.pullEvents()).containsExactly(new HolidayEvent.Cancelled(NOW));
        assertThatThrownBy(() -> martyrs.skip(2026, NOW)).isInstanceOf(HolidayIsCancelled.class);
    }

    @Test
    void aRecurringHolidayOnTheTwentyNinthOfFebruaryIsRefusedNamingTheField() {
        assertThatThrownBy(() -> PublicHoliday.declareRecurring(CONGO, LABOUR_DAY, MonthDay.of(2, 29), 2024, null,
                NOW)).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.field()).isEqualTo("month_day"));
    }

    @Test
    void aValidityEndingBeforeItStartsIsRefusedNamingTheLastYear() {
        assertThatThrownBy(() -> PublicHoliday.declareRecurring(CONGO, LABOUR_DAY, MonthDay.of(5, 1), 2026, 2025,
                NOW)).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.field()).isEqualTo("last_year"));
    }

    @Test
    void aYearOutsideTheCalendarsRangeIsRefused() {
        assertThatThrownBy(() -> PublicHoliday.declareRecurring(CONGO, LABOUR_DAY, MonthDay.of(5, 1), 20230, null,
                NOW)).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.field()).isEqualTo("first_year"));
    }

    @Test
    void aHolidayOnTheSameDayInSomeOfTheSameYearsCoincides() {
        PublicHoliday labourDay = PublicHoliday.declareRecurring(CONGO, LABOUR_DAY, MonthDay.of(5, 1), 2023, null,
                NOW);

        assertThat(PublicHoliday.declareRecurring(CONGO, LABOUR_DAY, MonthDay.of(5, 1), 2030, 2031, NOW)
                .coincidesWith(labourDay)).isTrue();
        assertThat(PublicHoliday.declareRecurring(CONGO, LABOUR_DAY, MonthDay.of(5, 1), 2020, 2022, NOW)
                .coincidesWith(labourDay)).isFalse();
        assertThat(PublicHoliday.declareRecurring(CONGO, LABOUR_DAY, MonthDay.of(5, 2), 2023, null, NOW)
                .coincidesWith(labourDay)).isFalse();
        assertThat(PublicHoliday.declareExtra(CONGO, LABOUR_DAY, LocalDate.of(2026, 5, 1), NOW)
                .coincidesWith(labourDay)).as("an extra day is another kind of holiday").isFalse();
        labourDay.cancel(NOW);
        assertThat(PublicHoliday.declareRecurring(CONGO, LABOUR_DAY, MonthDay.of(5, 1), 2023, null, NOW)
                .coincidesWith(labourDay)).as("a cancelled holiday may be declared again").isFalse();
    }

    @Test
    void aHolidayNeedsBothItsNames() {
        assertThatThrownBy(() -> new HolidayNames("Fête du travail", " "))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("name_en"));
    }

    private static List<Observance> observedIn(PublicHoliday holiday, int year) {
        return HolidayRules.of(List.of(holiday.rule())).observedIn(year);
    }
}
