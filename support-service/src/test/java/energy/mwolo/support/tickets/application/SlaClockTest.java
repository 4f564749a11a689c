package energy.mwolo.support.tickets.application;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.platform.calendar.AgencyCalendar;
import energy.mwolo.platform.calendar.HolidayRule;
import energy.mwolo.platform.calendar.HolidayRules;
import energy.mwolo.platform.calendar.WeeklySchedule;
import energy.mwolo.platform.calendar.WorkingInterval;
import energy.mwolo.support.tickets.model.Deadlines;
import energy.mwolo.support.tickets.model.Priority;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Deadlines in working hours of an agency open Monday to Friday, 08:00 to 16:00 in Kinshasa, whose country keeps
 * 30 June (a Tuesday in 2026) as a public holiday. Friday 26 June 2026 is before the weekend.
 */
class SlaClockTest {

    private static final UUID AGENCY = UUID.randomUUID();
    private static final AgencyCalendar HOURS = new AgencyCalendar(
            HolidayRules.of(List.of(HolidayRule.recurring(UUID.randomUUID(), MonthDay.of(6, 30), 2023, null))),
            WeeklySchedule.builder().on(new WorkingInterval(LocalTime.of(8, 0), LocalTime.of(16, 0)),
                    DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                    DayOfWeek.FRIDAY).build(),
            ZoneId.of("Africa/Kinshasa"));

    private final SlaClock clock = new SlaClock(agency -> HOURS, settings());

    @Test
    void aCriticalTicketOpenedLateOnFridayIsDueOnMondayMorningNotOverTheWeekend() {
        Deadlines deadlines = clock.deadlines(AGENCY, Priority.CRITICAL, kinshasa("2026-06-26T15:00"));

        assertThat(deadlines.firstResponse()).isEqualTo(kinshasa("2026-06-26T16:00"));
        assertThat(deadlines.resolution()).isEqualTo(kinshasa("2026-06-29T11:00"));
    }

    @Test
    void aHighTicketSkipsTheWeekendAndThePublicHoliday() {
        Deadlines deadlines = clock.deadlines(AGENCY, Priority.HIGH, kinshasa("2026-06-26T15:00"));

        // 1 h on Friday, 8 h on Monday, none on Tuesday 30 June, 7 h on Wednesday
        assertThat(deadlines.resolution()).isEqualTo(kinshasa("2026-07-01T15:00"));
    }

    @Test
    void aPauseKeepsTheWorkingTimeThatWasLeftAndCountsItAgainFromTheResumption() {
        // paused on Friday at 15:00 with 3 working hours left (1 on Friday, 2 on Monday)
        Instant due = kinshasa("2026-06-29T10:00");

        Instant resumed = clock.of(AGENCY).resume(due, kinshasa("2026-06-26T15:00"), kinshasa("2026-06-29T15:00"));

        // 1 h on Monday, Tuesday is the holiday, 2 h on Wednesday
        assertThat(resumed).isEqualTo(kinshasa("2026-07-01T10:00"));
    }

    @Test
    void aDeadlinePassedBeforeThePauseStaysWhereItWas() {
        Instant due = kinshasa("2026-06-26T09:00");

        assertThat(clock.of(AGENCY).resume(due, kinshasa("2026-06-26T15:00"), kinshasa("2026-06-29T15:00")))
                .isEqualTo(due);
    }

    @Test
    void workingTimeBetweenTwoInstantsCountsOnlyTheAgencysHours() {
        assertThat(SlaClock.workingTimeBetween(HOURS, kinshasa("2026-06-26T15:00"), kinshasa("2026-07-01T09:30")))
                .isEqualTo(Duration.ofHours(10).plusMinutes(30));
    }

    @Test
    void aTicketOfNoKnownAgencyHasNoDeadline() {
        assertThat(clock.deadlines(null, Priority.CRITICAL, kinshasa("2026-06-26T15:00"))).isEqualTo(Deadlines.NONE);
    }

    static Instant kinshasa(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + ":00+01:00").toInstant();
    }

    static SupportSettings settings() {
        return new SupportSettings(Duration.ofDays(7), new SupportSettings.Sla(Map.of(
                "critical", new SupportSettings.Target(Duration.ofHours(1), Duration.ofHours(4)),
                "high", new SupportSettings.Target(Duration.ofHours(4), Duration.ofHours(16)),
                "normal", new SupportSettings.Target(Duration.ofHours(8), Duration.ofHours(40)),
                "low", new SupportSettings.Target(Duration.ofHours(16), Duration.ofHours(80))),
                Duration.ofMinutes(30), Duration.ofMinutes(1)));
    }
}
