package energy.mwolo.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.geo.HolidayDeclared;
import energy.mwolo.contracts.geo.WorkingHoursChanged;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CalendarEventsTest {

    private static final Instant NOW = Instant.parse("2025-12-29T09:15:00Z");

    @Test
    void aHolidayRuleSurvivesTheTripThroughItsEvent() {
        HolidayRule martyrs = HolidayRule.recurring(UUID.randomUUID(), MonthDay.of(1, 4), 2023, null)
                .withOverride(YearOverride.observedOn(2026, LocalDate.of(2026, 1, 5)))
                .withOverride(YearOverride.notObserved(2027));

        HolidayDeclared event = declared(martyrs);

        assertThat(CalendarEvents.rule(ContractJson.read(ContractJson.write(event), HolidayDeclared.class)))
                .isEqualTo(martyrs);
    }

    @Test
    void anExtraDaySurvivesTheTripThroughItsEvent() {
        HolidayRule extra = HolidayRule.extra(UUID.randomUUID(), LocalDate.of(2024, 8, 2));

        HolidayRule read = CalendarEvents.rule(ContractJson.read(ContractJson.write(declared(extra)),
                HolidayDeclared.class));

        assertThat(read).isEqualTo(extra);
        assertThat(CalendarEvents.extraDate(read)).isEqualTo(LocalDate.of(2024, 8, 2));
    }

    @Test
    void aScheduleSurvivesTheTripThroughItsEvent() {
        WeeklySchedule counter = CongoCalendar.counterHours();
        WorkingHoursChanged event = new WorkingHoursChanged(UUID.randomUUID(), "Africa/Kinshasa",
                CalendarEvents.intervals(counter), NOW);

        WorkingHoursChanged read = ContractJson.read(ContractJson.write(event), WorkingHoursChanged.class);

        assertThat(CalendarEvents.schedule(read)).isEqualTo(counter);
        assertThat(CalendarEvents.zone(read)).isEqualTo(CongoCalendar.KINSHASA);
    }

    @Test
    void aScheduleWithSecondsCannotBeWrittenAsEventsCarryMinutes() {
        WeeklySchedule seconds = WeeklySchedule.builder()
                .on(new WorkingInterval(LocalTime.of(8, 0, 30), LocalTime.of(16, 0)), DayOfWeek.MONDAY).build();

        assertThatIllegalArgumentException().isThrownBy(() -> CalendarEvents.intervals(seconds));
    }

    @Test
    void intervalsAreListedFromMondayThenByStart() {
        assertThat(CalendarEvents.intervals(CongoCalendar.counterHours()).subList(0, 3)).containsExactly(
                new WorkingHoursChanged.Interval("monday", LocalTime.of(8, 0), LocalTime.of(12, 0)),
                new WorkingHoursChanged.Interval("monday", LocalTime.of(13, 0), LocalTime.of(16, 0)),
                new WorkingHoursChanged.Interval("tuesday", LocalTime.of(8, 0), LocalTime.of(12, 0)));
        assertThat(CalendarEvents.dayName(DayOfWeek.SATURDAY)).isEqualTo("saturday");
    }

    private static HolidayDeclared declared(HolidayRule rule) {
        return new HolidayDeclared(rule.id(), "CD", CalendarEvents.kind(rule), rule.day().getMonthValue(),
                rule.day().getDayOfMonth(), rule.firstYear(), rule.lastYear(), "Jour", "Day",
                CalendarEvents.overrides(rule), NOW);
    }
}
