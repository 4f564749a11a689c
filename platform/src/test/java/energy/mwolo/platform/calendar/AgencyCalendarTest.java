package energy.mwolo.platform.calendar;

import static energy.mwolo.platform.calendar.CongoCalendar.KINSHASA;
import static energy.mwolo.platform.calendar.CongoCalendar.LABOUR_DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Kinshasa is UTC+1 all year: 08:00 there is 07:00Z, 16:00 is 15:00Z. Every instant below is UTC. */
class AgencyCalendarTest {

    private final AgencyCalendar office = new AgencyCalendar(CongoCalendar.holidays(), CongoCalendar.officeHours(),
            KINSHASA);
    private final AgencyCalendar counter = new AgencyCalendar(CongoCalendar.holidays(),
            CongoCalendar.counterHours(), KINSHASA);

    @Nested
    class WorkingTime {

        @Test
        void aWeekdayIsWorkingFromTheStartOfItsHoursUntilJustBeforeTheirEnd() {
            assertThat(office.isWorkingTime(at("2026-01-08T06:59:59Z"))).isFalse();
            assertThat(office.isWorkingTime(at("2026-01-08T07:00:00Z"))).isTrue();
            assertThat(office.isWorkingTime(at("2026-01-08T14:59:59Z"))).isTrue();
            assertThat(office.isWorkingTime(at("2026-01-08T15:00:00Z"))).isFalse();
        }

        @Test
        void theWeekendIsNotWorkingTime() {
            assertThat(office.isWorkingTime(at("2026-01-10T09:00:00Z"))).isFalse();
            assertThat(office.isWorkingTime(at("2026-01-11T09:00:00Z"))).isFalse();
        }

        @Test
        void aLunchBreakIsNotWorkingTime() {
            assertThat(counter.isWorkingTime(at("2026-01-08T11:30:00Z"))).isFalse();
            assertThat(counter.isWorkingTime(at("2026-01-08T12:00:00Z"))).isTrue();
        }

        @Test
        void aPublicHolidayOnAWeekdayIsNotWorkingTime() {
            assertThat(office.isWorkingTime(at("2026-06-30T09:00:00Z"))).isFalse();
        }

        @Test
        void aHolidayMovedOffItsSundayClosesTheSaturdayBeforeNotTheMondayAfter() {
            // 17 May 2026 is a Sunday: the counter, open on Saturdays, closes on Saturday 16.
            assertThat(counter.isWorkingTime(at("2026-05-16T08:00:00Z"))).isFalse();
            assertThat(counter.isWorkingTime(at("2026-05-09T08:00:00Z"))).isTrue();
            assertThat(counter.isWorkingTime(at("2026-05-18T08:00:00Z"))).isTrue();
        }

        @Test
        void anOverrideClosesTheDayItNamesAndOpensTheDayTheSundayRuleWouldHaveClosed() {
            // 4 January 2026 (Sunday) was observed on Monday 5, so Saturday 3 is a normal Saturday.
            assertThat(counter.isWorkingTime(at("2026-01-05T08:00:00Z"))).isFalse();
            assertThat(counter.isWorkingTime(at("2026-01-03T08:00:00Z"))).isTrue();
        }

        @Test
        void aCancelledOccurrenceIsAnOrdinaryWorkingDay() {
            AgencyCalendar labourDayWorked = new AgencyCalendar(
                    CongoCalendar.holidaysWith(LABOUR_DAY, YearOverride.notObserved(2026)),
                    CongoCalendar.officeHours(), KINSHASA);

            assertThat(labourDayWorked.isWorkingTime(at("2026-05-01T09:00:00Z"))).isTrue();
            assertThat(office.isWorkingTime(at("2026-05-01T09:00:00Z"))).isFalse();
        }

        @Test
        void anExtraDayIsNotWorkingTimeInItsYearOnly() {
            assertThat(office.isWorkingTime(at("2024-08-02T09:00:00Z"))).isFalse();
            assertThat(counter.isWorkingTime(at("2025-08-02T09:00:00Z"))).isTrue();
        }

        @Test
        void theLocalDateDecidesNotTheUtcOne() {
            // Sunday 11 January 2026 at 23:30Z is Monday 12 at 00:30 in Kinshasa.
            AgencyCalendar nightShift = new AgencyCalendar(CongoCalendar.holidays(),
                    WeeklySchedule.of(Map.of(DayOfWeek.MONDAY, List.of(CongoCalendar.interval("00:00", "06:00")))),
                    KINSHASA);

            assertThat(nightShift.isWorkingTime(at("2026-01-11T23:30:00Z"))).isTrue();
            assertThat(nightShift.isWorkingTime(at("2026-01-12T05:30:00Z"))).isFalse();
            // Monday 5 January is a holiday: its night shift does not work either.
            assertThat(nightShift.isWorkingTime(at("2026-01-04T23:30:00Z"))).isFalse();
        }
    }

    @Nested
    class NextWorkingTime {

        @Test
        void duringWorkingTimeItIsTheInstantItself() {
            assertThat(office.nextWorkingTime(at("2026-01-08T10:15:30Z"))).isEqualTo(at("2026-01-08T10:15:30Z"));
        }

        @Test
        void beforeOpeningItIsTheOpeningOfTheSameDay() {
            assertThat(office.nextWorkingTime(at("2026-01-08T05:00:00Z"))).isEqualTo(at("2026-01-08T07:00:00Z"));
        }

        @Test
        void atClosingTimeOnFridayItIsMondayMorning() {
            assertThat(office.nextWorkingTime(at("2026-01-09T15:00:00Z"))).isEqualTo(at("2026-01-12T07:00:00Z"));
        }

        @Test
        void duringALunchBreakItIsTheAfternoonOpening() {
            assertThat(counter.nextWorkingTime(at("2026-01-08T11:10:00Z"))).isEqualTo(at("2026-01-08T12:00:00Z"));
        }

        @Test
        void onNewYearsEveEveningItSkipsNewYearsDay() {
            assertThat(office.nextWorkingTime(at("2025-12-31T17:00:00Z"))).isEqualTo(at("2026-01-02T07:00:00Z"));
        }

        @Test
        void afterFridayTheSecondItSkipsTheWeekendAndTheMovedHoliday() {
            assertThat(office.nextWorkingTime(at("2026-01-02T16:00:00Z"))).isEqualTo(at("2026-01-06T07:00:00Z"));
        }

        @Test
        void aNewYearOnASundayClosesTheLastSaturdayOfTheYearBefore() {
            // 1 January 2034 is a Sunday, observed on Saturday 31 December 2033.
            assertThat(counter.nextWorkingTime(at("2033-12-30T16:00:00Z"))).isEqualTo(at("2034-01-02T07:00:00Z"));
        }
    }

    @Nested
    class AddingWorkingHours {

        @Test
        void hoursWithinADayEndTheSameDay() {
            assertThat(office.addWorkingHours(at("2026-01-08T08:00:00Z"), Duration.ofHours(3)))
                    .isEqualTo(at("2026-01-08T11:00:00Z"));
        }

        @Test
        void hoursEndingExactlyAtClosingTimeEndAtClosingTime() {
            assertThat(office.addWorkingHours(at("2026-01-08T07:00:00Z"), Duration.ofHours(8)))
                    .isEqualTo(at("2026-01-08T15:00:00Z"));
        }

        @Test
        void hoursSpanningTheEndOfADayGoOnNextMorning() {
            // Thursday 15:00 local + 3 h = 1 h on Thursday, 2 h on Friday from 08:00.
            assertThat(office.addWorkingHours(at("2026-01-08T14:00:00Z"), Duration.ofHours(3)))
                    .isEqualTo(at("2026-01-09T09:00:00Z"));
        }

        @Test
        void theLunchBreakDoesNotCount() {
            assertThat(counter.addWorkingHours(at("2026-01-08T10:00:00Z"), Duration.ofHours(2)))
                    .isEqualTo(at("2026-01-08T13:00:00Z"));
        }

        @Test
        void hoursAcrossAWeekendAndAHolidayCountOnlyWorkingTime() {
            // Friday 2 January 14:00 local + 4 h: 2 h on Friday; Saturday, Sunday and Monday 5 (holiday) do not
            // count; 2 h on Tuesday 6 from 08:00.
            assertThat(office.addWorkingHours(at("2026-01-02T13:00:00Z"), Duration.ofHours(4)))
                    .isEqualTo(at("2026-01-06T09:00:00Z"));
        }

        @Test
        void hoursStartedOutsideWorkingTimeStartCountingAtTheNextOpening() {
            assertThat(office.addWorkingHours(at("2026-01-10T09:00:00Z"), Duration.ofMinutes(90)))
                    .isEqualTo(at("2026-01-12T08:30:00Z"));
        }

        @Test
        void hoursAcrossTheYearEndSkipNewYearsDay() {
            assertThat(office.addWorkingHours(at("2025-12-31T13:00:00Z"), Duration.ofHours(4)))
                    .isEqualTo(at("2026-01-02T09:00:00Z"));
        }

        @Test
        void addingNothingChangesNothing() {
            assertThat(office.addWorkingHours(at("2026-01-10T09:00:00Z"), Duration.ZERO))
                    .isEqualTo(at("2026-01-10T09:00:00Z"));
        }

        @Test
        void negativeHoursAreRefused() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> office.addWorkingHours(at("2026-01-08T08:00:00Z"), Duration.ofHours(-1)));
        }
    }

    @Nested
    class WorkingDays {

        @Test
        void addingDaysSkipsNewYearsDay() {
            assertThat(office.addWorkingDays(LocalDate.of(2025, 12, 31), 1)).isEqualTo(LocalDate.of(2026, 1, 2));
        }

        @Test
        void addingDaysSkipsTheWeekendAndTheMovedHoliday() {
            assertThat(office.addWorkingDays(LocalDate.of(2026, 1, 2), 1)).isEqualTo(LocalDate.of(2026, 1, 6));
            assertThat(office.addWorkingDays(LocalDate.of(2026, 1, 2), 3)).isEqualTo(LocalDate.of(2026, 1, 8));
        }

        @Test
        void subtractingDaysGoesBackOverTheSameDays() {
            assertThat(office.addWorkingDays(LocalDate.of(2026, 1, 6), -1)).isEqualTo(LocalDate.of(2026, 1, 2));
            assertThat(office.addWorkingDays(LocalDate.of(2026, 1, 2), -1)).isEqualTo(LocalDate.of(2025, 12, 31));
        }

        @Test
        void addingNoDayIsTheDateItself() {
            assertThat(office.addWorkingDays(LocalDate.of(2026, 1, 4), 0)).isEqualTo(LocalDate.of(2026, 1, 4));
        }

        @Test
        void workingDaysBetweenCountBothEnds() {
            assertThat(office.workingDaysBetween(LocalDate.of(2026, 1, 6), LocalDate.of(2026, 1, 6))).isEqualTo(1);
            assertThat(office.workingDaysBetween(LocalDate.of(2026, 1, 6), LocalDate.of(2026, 1, 9))).isEqualTo(4);
        }

        @Test
        void januaryTwentyTwentySixHasNineteenWorkingDays() {
            // 22 weekdays, less 1 January, 5 January (moved from Sunday 4) and 16 January; 17 January is a Saturday.
            assertThat(office.workingDaysBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31))).isEqualTo(19);
        }

        @Test
        void aLeaveAcrossTheYearEndCountsNewYearsDayOut() {
            assertThat(office.workingDaysBetween(LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 2))).isEqualTo(4);
        }

        @Test
        void theYearTwentyTwentySixHasTwoHundredFiftyFourOfficeDays() {
            assertThat(office.workingDaysBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                    .isEqualTo(254);
        }

        @Test
        void aSaturdayOfMorningHoursIsAWholeWorkingDay() {
            assertThat(counter.workingDaysBetween(LocalDate.of(2026, 1, 9), LocalDate.of(2026, 1, 10)))
                    .isEqualTo(2);
        }

        @Test
        void aPeriodEndingBeforeItStartsIsRefused() {
            assertThatIllegalArgumentException().isThrownBy(
                    () -> office.workingDaysBetween(LocalDate.of(2026, 1, 9), LocalDate.of(2026, 1, 8)));
        }

        @Test
        void halfDaysAtEitherEndCountHalf() {
            assertThat(office.workingDaysBetween(LocalDate.of(2026, 1, 6), DayPart.AFTERNOON,
                    LocalDate.of(2026, 1, 8), DayPart.MORNING)).isEqualByComparingTo(new BigDecimal("2.0"));
            assertThat(office.workingDaysBetween(LocalDate.of(2026, 1, 6), DayPart.MORNING,
                    LocalDate.of(2026, 1, 6), DayPart.MORNING)).isEqualByComparingTo(new BigDecimal("0.5"));
            assertThat(office.workingDaysBetween(LocalDate.of(2026, 1, 6), DayPart.MORNING,
                    LocalDate.of(2026, 1, 9), DayPart.AFTERNOON)).isEqualByComparingTo(new BigDecimal("4"));
        }

        @Test
        void aHalfDayOnAHolidayTakesNothingOff() {
            // Monday 5 January 2026 is a holiday: starting that afternoon changes nothing.
            assertThat(office.workingDaysBetween(LocalDate.of(2026, 1, 5), DayPart.AFTERNOON,
                    LocalDate.of(2026, 1, 6), DayPart.AFTERNOON)).isEqualByComparingTo(BigDecimal.ONE);
        }

        @Test
        void aDayStartingInTheAfternoonCannotEndInTheMorning() {
            assertThatIllegalArgumentException().isThrownBy(() -> office.workingDaysBetween(
                    LocalDate.of(2026, 1, 6), DayPart.AFTERNOON, LocalDate.of(2026, 1, 6), DayPart.MORNING));
        }
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
