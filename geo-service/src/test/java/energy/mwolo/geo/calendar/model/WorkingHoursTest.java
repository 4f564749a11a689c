package energy.mwolo.geo.calendar.model;

import static energy.mwolo.geo.calendar.model.CalendarFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.geo.agencies.model.AgencyId;
import energy.mwolo.platform.calendar.AgencyCalendar;
import energy.mwolo.platform.calendar.Holidays;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingHoursTest {

    @Test
    void definingAnAgencysOwnHoursRecordsTheChange() {
        WorkingHours hours = WorkingHours.defineFor(AgencyId.newId(), WorkingHours.COMPANY_ZONE,
                CalendarFixtures.weekdays("07:30", "15:30"), NOW);

        assertThat(hours.pullEvents()).containsExactly(new WorkingHoursEvent.Changed(NOW));
        assertThat(hours.isCompanyDefault()).isFalse();
    }

    @Test
    void theSameHoursAgainChangeNothingAndRecordNothing() {
        WorkingHours hours = WorkingHours.restore(null, WorkingHours.COMPANY_ZONE,
                CalendarFixtures.weekdays("08:00", "16:00"));

        hours.change(ZoneId.of("Africa/Kinshasa"), CalendarFixtures.weekdays("08:00", "16:00"), NOW);

        assertThat(hours.pullEvents()).isEmpty();
    }

    @Test
    void anotherZoneIsAChange() {
        WorkingHours hours = WorkingHours.restore(AgencyId.newId(), WorkingHours.COMPANY_ZONE,
                CalendarFixtures.weekdays("08:00", "16:00"));

        hours.change(ZoneId.of("Africa/Lubumbashi"), CalendarFixtures.weekdays("08:00", "16:00"), NOW);

        assertThat(hours.pullEvents()).hasSize(1);
        assertThat(hours.zone()).isEqualTo(ZoneId.of("Africa/Lubumbashi"));
    }

    @Test
    void theHoursReadInTheirZoneMakeTheAgencysCalendar() {
        // Lubumbashi is UTC+2: 08:00 there is 06:00Z, an hour before Kinshasa opens.
        WorkingHours lubumbashi = WorkingHours.restore(AgencyId.newId(), ZoneId.of("Africa/Lubumbashi"),
                CalendarFixtures.weekdays("08:00", "16:00"));
        WorkingHours kinshasa = WorkingHours.restore(null, WorkingHours.COMPANY_ZONE,
                CalendarFixtures.weekdays("08:00", "16:00"));
        Instant thursdaySixUtc = Instant.parse("2026-01-08T06:30:00Z");
        Holidays newYear = Holidays.on(List.of(LocalDate.of(2026, 1, 1)));

        AgencyCalendar east = lubumbashi.calendar(newYear);

        assertThat(east.isWorkingTime(thursdaySixUtc)).isTrue();
        assertThat(kinshasa.calendar(newYear).isWorkingTime(thursdaySixUtc)).isFalse();
        assertThat(east.isWorkingTime(Instant.parse("2026-01-01T09:00:00Z"))).isFalse();
    }
}
