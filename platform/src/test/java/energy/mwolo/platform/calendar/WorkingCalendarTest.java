package energy.mwolo.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private static final UUID GOMBE = UUID.randomUUID();
    private static final UUID LIMETE = UUID.randomUUID();

    /** Gombe follows office hours; Limete's counter also opens on Saturday mornings. */
    private final WorkingCalendar calendars = Map.of(
            GOMBE, new AgencyCalendar(CongoCalendar.holidays(), CongoCalendar.officeHours(), CongoCalendar.KINSHASA),
            LIMETE, new AgencyCalendar(CongoCalendar.holidays(), CongoCalendar.counterHours(),
                    CongoCalendar.KINSHASA))::get;

    @Test
    void eachAgencyIsAnsweredWithItsOwnCalendar() {
        Instant saturdayMorning = Instant.parse("2026-01-10T08:00:00Z");

        assertThat(calendars.isWorkingTime(GOMBE, saturdayMorning)).isFalse();
        assertThat(calendars.isWorkingTime(LIMETE, saturdayMorning)).isTrue();
        assertThat(calendars.nextWorkingTime(GOMBE, saturdayMorning)).isEqualTo(Instant.parse("2026-01-12T07:00:00Z"));
        assertThat(calendars.addWorkingHours(LIMETE, saturdayMorning, Duration.ofHours(4)))
                .isEqualTo(Instant.parse("2026-01-12T08:00:00Z"));
        assertThat(calendars.addWorkingDays(GOMBE, LocalDate.of(2026, 1, 9), 1)).isEqualTo(LocalDate.of(2026, 1, 12));
        assertThat(calendars.addWorkingDays(LIMETE, LocalDate.of(2026, 1, 9), 1)).isEqualTo(LocalDate.of(2026, 1, 10));
        assertThat(calendars.workingDaysBetween(LIMETE, LocalDate.of(2026, 1, 9), LocalDate.of(2026, 1, 12)))
                .isEqualTo(3);
        assertThat(calendars.workingDaysBetween(GOMBE, LocalDate.of(2026, 1, 9), DayPart.AFTERNOON,
                LocalDate.of(2026, 1, 12), DayPart.AFTERNOON)).isEqualByComparingTo(new BigDecimal("1.5"));
    }
}
